// @vitest-environment jsdom
// DOMPurify needs a faithful HTML parser; happy-dom's drops wrapper elements (and DOMPurify then keeps <script>).
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReaderBody, sanitizeForReader } from '../../../components/library/ReaderBody';

describe('sanitizeForReader', () => {
  it.each([
    ['script tag', '<p>ok</p><script>window.canary = 1</script>', 'script'],
    ['event handler', '<img src="https://x.test/a.png" onerror="window.canary=1">', 'onerror'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['srcdoc iframe', '<iframe srcdoc="<script>parent.canary=1</script>"></iframe>', 'iframe'],
    ['svg onload', '<svg><g onload="window.canary=1"></g></svg>', 'onload'],
    ['style attribute overlay', '<div style="position:fixed;inset:0">x</div>', 'style'],
    ['form', '<form action="https://evil.test"><input name="q"></form>', 'form'],
    ['base tag', '<base href="https://evil.test/">', 'base'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.test">', 'meta'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', 'data:text'],
    ['mutation xss', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', 'onerror'],
  ])('removes %s', (_name, input, forbidden) => {
    expect(sanitizeForReader(input).toLowerCase()).not.toContain(forbidden);
  });

  it('keeps article structure, and opens links in a new tab without opener or referrer', () => {
    const html = sanitizeForReader('<h2>제목</h2><p dir="rtl">שלום <a href="https://example.com/a">link</a></p><img src="https://example.com/i.png" alt="지도">');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h2')?.textContent).toBe('제목');
    expect(doc.querySelector('p')?.getAttribute('dir')).toBe('rtl');
    const link = doc.querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doc.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });
});

describe('ReaderBody', () => {
  it('renders sanitized HTML with dir="auto" and the clip language', () => {
    const root = document.createElement('div');
    render(<ReaderBody html={'<p>본문<script>window.canary=1</script></p>'} lang="ko" />, root);
    const body = root.querySelector('[data-testid="reader-body"]');
    expect(body?.getAttribute('dir')).toBe('auto');
    expect(body?.getAttribute('lang')).toBe('ko');
    expect(body?.innerHTML).toBe('<p>본문</p>');
  });
});
