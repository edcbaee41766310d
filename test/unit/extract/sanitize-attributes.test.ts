// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeElement } from '../../../utils/extract/sanitize';

function sanitize(html: string): string {
  const div = document.createElement('div');
  div.innerHTML = html;
  return sanitizeElement(div, window).innerHTML;
}

describe('sanitizeElement keeps harmless presentational attributes', () => {
  it('keeps dir, lang, width, height, colspan and datetime', () => {
    const out = sanitize(
      '<p dir="rtl" lang="ar">مرحبا</p><img src="https://x.example/a.png" width="640" height="480" alt="a"><table><tr><td colspan="2">x</td></tr></table><time datetime="2024-08-13">13</time>',
    );
    expect(out).toContain('dir="rtl"');
    expect(out).toContain('lang="ar"');
    expect(out).toContain('width="640"');
    expect(out).toContain('height="480"');
    expect(out).toContain('colspan="2"');
    expect(out).toContain('datetime="2024-08-13"');
  });

  it('still drops script URLs in links and images', () => {
    const out = sanitize('<a href="javascript:alert(1)">x</a><img src="javascript:alert(1)"><a href=" JaVaScRiPt:alert(1)">y</a>');
    expect(out).not.toMatch(/javascript:/i);
  });
});
