// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeForReader } from '../../../components/library/ReaderBody';

describe('reader images', () => {
  const html = '<p>x</p><img src="https://cdn.example/a.jpg" alt="a"><img src="data:image/png;base64,AAAA" alt="b">';

  it('holds back images from other sites until the user asks (no requests of our own)', () => {
    const out = sanitizeForReader(html);
    expect(out).not.toMatch(/\ssrc="https:/);
    expect(out).toContain('data-remote-src="https://cdn.example/a.jpg"');
    expect(out).toContain('src="data:image/png;base64,AAAA"');
  });

  it('loads them on request, without a referrer', () => {
    const out = sanitizeForReader(html, true);
    expect(out).toMatch(/\ssrc="https:\/\/cdn.example\/a.jpg"/);
    expect(out).toContain('referrerpolicy="no-referrer"');
  });
});
