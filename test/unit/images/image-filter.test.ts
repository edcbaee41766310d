import { describe, expect, it } from 'vitest';
import { fitImageBudget } from '../../../utils/images/image-budget';
import { extensionOf, isStorableType, skipReason } from '../../../utils/images/image-filter';
import { dataUrlByteLength, decodeDataUrl } from '../../../utils/images/data-url';
import { sha256Hex } from '../../../utils/images/image-hash';

describe('which images are stored', () => {
  it('skips tracking pixels, icons, ad images and images the page never loaded', () => {
    expect(skipReason({ url: 'https://a.example/p.gif', width: 1, height: 1 })).toBe('tracking-pixel');
    expect(skipReason({ url: 'https://a.example/p.gif', width: 2, height: 2 })).toBe('tracking-pixel');
    expect(skipReason({ url: 'https://a.example/logo.png', width: 32, height: 47 })).toBe('icon');
    expect(skipReason({ url: 'https://ad.doubleclick.net/x.jpg', width: 300, height: 250 })).toBe('ad');
    expect(skipReason({ url: 'https://news.example/ads/banner.jpg', width: 728, height: 90 })).toBe('ad');
    expect(skipReason({ url: 'https://news.example/photo.jpg', width: 0, height: 0 })).toBe('not-loaded');
    expect(skipReason({ url: 'https://news.example/photo.jpg', width: 48, height: 30 })).toBeNull();
    expect(skipReason({ url: 'https://news.example/2024/photo.jpg', width: 1200, height: 800 })).toBeNull();
  });

  it('stores raster types only; SVG must be rasterized first', () => {
    expect(isStorableType('image/jpeg')).toBe(true);
    expect(isStorableType('image/PNG')).toBe(true);
    expect(isStorableType('image/svg+xml')).toBe(false);
    expect(isStorableType('text/html')).toBe(false);
    expect(extensionOf('image/jpeg')).toBe('jpg');
    expect(extensionOf('image/webp')).toBe('webp');
  });
});

describe('budgets', () => {
  const budget = { perClipBytes: 100, libraryBytes: 1000 };
  const img = (name: string, size: number) => ({ name, size });

  it('keeps images in order while they fit the clip budget, letting smaller later ones in', () => {
    const split = fitImageBudget([img('a', 60), img('b', 50), img('c', 40)], budget, 0);
    expect(split.kept.map((i) => i.name)).toEqual(['a', 'c']);
    expect(split.skipped).toEqual([{ item: img('b', 50), reason: 'clip-budget' }]);
  });

  it('stops new images at the library budget but still refers to images already stored', () => {
    const split = fitImageBudget([img('new', 30), img('known', 30)], budget, 980, (i) => i.name === 'known');
    expect(split.kept.map((i) => i.name)).toEqual(['known']);
    expect(split.skipped.map((s) => s.reason)).toEqual(['library-budget']);
  });
});

describe('data URLs and hashes', () => {
  it('decodes base64 data URLs and measures them without decoding', () => {
    const url = 'data:image/png;base64,AQIDBA==';
    expect(decodeDataUrl(url)).toEqual({ type: 'image/png', bytes: new Uint8Array([1, 2, 3, 4]) });
    expect(dataUrlByteLength(url)).toBe(4);
    expect(dataUrlByteLength('data:image/png;base64,AQID')).toBe(3);
    expect(decodeDataUrl('https://example.com/a.png')).toBeNull();
    expect(decodeDataUrl('data:image/png;base64,%%%')).toBeNull();
  });

  it('hashes with SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
