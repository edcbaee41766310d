import { describe, expect, it } from 'vitest';
import { documentBase, isPlaceholderSrc, largestFromSrcset, resolveLazyMedia, resolveLazyImages } from '../../../utils/extract/lazy-media';
import { page } from './helpers';

describe('lazy media', () => {
  it('swaps placeholders for data-src / data-srcset and makes URLs absolute', () => {
    const doc = page(`<div id="c"><img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg">
      <img src="/static/blank.gif" data-srcset="/img/b-480.jpg 480w, /img/b-1080.jpg 1080w">
      <a href="../other">link</a><a href="#note">note</a></div>`);
    const root = doc.getElementById('c');
    if (!root) throw new Error('no root');
    resolveLazyMedia(root, 'https://example.com/news/story');
    const srcs = [...root.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(['https://example.com/img/a.jpg', 'https://example.com/img/b-1080.jpg']);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.com/other');
    expect(root.querySelectorAll('a')[1]?.getAttribute('href')).toBe('#note');
  });

  it('unwraps image-only noscript fallbacks and honours <base>', () => {
    const doc = page('<noscript><img src="/real.jpg" alt="x"></noscript>', '<base href="https://cdn.example.com/site/">');
    resolveLazyImages(doc);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('/real.jpg');
    expect(documentBase(doc, 'https://example.com/a')).toBe('https://cdn.example.com/site/');
  });

  it('recognises placeholders and picks the widest srcset candidate', () => {
    expect(isPlaceholderSrc('https://x.com/spacer.gif')).toBe(true);
    expect(isPlaceholderSrc('https://x.com/photo.jpg')).toBe(false);
    expect(largestFromSrcset('a.jpg 1x, b.jpg 2x')).toBe('b.jpg');
  });
});
