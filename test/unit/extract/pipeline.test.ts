import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../../utils/extract/errors';
import { extractClip } from '../../../utils/extract/pipeline';
import { loadPage, page, paragraphs } from './helpers';

const SEED_URL = 'https://www.hanbitnews.co.kr/news/view.php?idx=81234';

describe('extractClip', () => {
  it('extracts the seed article with its metadata', () => {
    const { doc, window } = loadPage(readFileSync('test/fixtures/pages/ko--local-news-seed.html', 'utf8'), SEED_URL);
    const clip = extractClip(doc, { url: SEED_URL, window });
    expect(clip.title).toBe('성동구, 10년 연속! 전국 지방자치단체 일자리대상 수상');
    expect(clip.byline).toBe('윤만형');
    expect(clip.published).toBe('2024-08-13T15:12:01+09:00');
    expect(clip.lang).toBe('ko');
    expect(clip.text).toContain('서울숲 소셜벤처 엑스포');
    expect(clip.text).not.toContain('가장 많이 본 뉴스');
    expect(clip.markdown).toContain('![](https://www.hanbitnews.co.kr/data/news/202408/p1065571234567_831.jpg)');
    expect(clip.mode).toBe('article');
    expect(clip.confidence).toBeGreaterThan(0.5);
  });

  it('never mutates the document it is given', () => {
    const doc = page(`<nav>menu</nav><article><h1>Budget passes</h1>${paragraphs(6)}</article>`);
    const before = doc.documentElement.outerHTML;
    extractClip(doc, { url: 'https://example.com/a' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('clips exactly the selection with the page metadata', () => {
    const doc = page(`<article><h1>Budget passes</h1>${paragraphs(6)}</article>`, '<meta property="og:site_name" content="Daily">');
    const selection = doc.createDocumentFragment();
    const p = doc.createElement('p');
    p.innerHTML = 'Only <strong>this</strong> part.';
    selection.append(p);
    const clip = extractClip(doc, { url: 'https://example.com/a', mode: 'selection', selection });
    expect(clip.markdown).toBe('Only **this** part.');
    expect(clip.siteName).toBe('Daily');
    expect(clip.mode).toBe('selection');
  });

  it('refuses an empty selection with no-selection', () => {
    const doc = page(paragraphs(3));
    expect(() => extractClip(doc, { url: 'https://example.com/a', mode: 'selection', selection: null })).toThrow(ExtractionError);
    try {
      extractClip(doc, { url: 'https://example.com/a', mode: 'selection', selection: doc.createDocumentFragment() });
    } catch (error) {
      expect(error).toBeInstanceOf(ExtractionError);
      expect((error as ExtractionError).code).toBe('no-selection');
    }
  });

  it('reports empty pages with the empty code', () => {
    const doc = page('');
    expect(() => extractClip(doc, { url: 'https://example.com/a' })).toThrowError(expect.objectContaining({ code: 'empty' }));
  });

  it('clips the whole page in page mode', () => {
    const doc = page(`<nav>Home</nav><main>${paragraphs(2)}</main><script>var x = 1;</script>`);
    const clip = extractClip(doc, { url: 'https://example.com/a', mode: 'page' });
    expect(clip.text).toContain('Home');
    expect(clip.text).not.toContain('var x');
    expect(clip.mode).toBe('page');
  });
});
