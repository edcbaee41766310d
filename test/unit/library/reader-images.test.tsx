// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hasUnstoredImages, sanitizeForReader } from '../../../components/library/ReaderBody';

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

  it('shows stored copies instead of the original, and asks only for the images not stored', () => {
    const two = `${html}<img src="https://cdn.example/b.jpg?w=1&amp;h=2" alt="c">`;
    const stored = new Map([['https://cdn.example/b.jpg?w=1&h=2', 'blob:chrome-extension://id/1']]);
    const out = sanitizeForReader(two, false, stored);
    expect(out).toContain('src="blob:chrome-extension://id/1"');
    expect(out).toContain('data-remote-src="https://cdn.example/a.jpg"');
    expect(hasUnstoredImages(two, stored)).toBe(true);
    const all = new Map([...stored, ['https://cdn.example/a.jpg', 'blob:chrome-extension://id/2']]);
    expect(hasUnstoredImages(two, all)).toBe(false);
    expect(sanitizeForReader(two, false, all)).not.toMatch(/\ssrc="https:/);
  });

  it('a blob: URL in the clip itself is never kept (only object URLs the reader made are)', () => {
    expect(sanitizeForReader('<img src="blob:https://evil.example/x">')).not.toContain('blob:');
  });
});
