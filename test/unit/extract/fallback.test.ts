import { describe, expect, it } from 'vitest';
import { fallbackArticle, foundLittle } from '../../../utils/extract/fallback';
import { extractClip } from '../../../utils/extract/pipeline';
import { loadPage } from './helpers';

const PARAS = Array.from({ length: 6 }, (_, i) => `<p>문단 ${i + 1}: 강원 동해안의 오징어 어획량이 1년 새 절반 가까이 줄었다. 바닷물 온도가 오르면서 어군이 북쪽으로 옮겨 간 데다 중국 어선의 싹쓸이 조업까지 겹쳤기 때문이다.</p>`).join('');
const URL = 'https://m.example.com/news/1';
const html = (body: string): string => `<!doctype html><html lang="ko"><head><title>오징어 어획량 반토막</title></head><body><h2>오징어 어획량 반토막</h2>${body}</body></html>`;

describe('foundLittle', () => {
  it('is true only for a short clip that is a small share of the page', () => {
    expect(foundLittle(0, 800)).toBe(true);
    expect(foundLittle(120, 800)).toBe(true);
    expect(foundLittle(120, 400)).toBe(false);
    expect(foundLittle(400, 5000)).toBe(false);
  });
});

describe('fallbackArticle', () => {
  it('takes Readability’s own result on an untouched copy, leaving the page unchanged', () => {
    const { doc } = loadPage(html(`<div class="comment-list">${PARAS}</div>`), URL);
    const before = doc.body.innerHTML;
    const result = fallbackArticle(doc, 0);
    expect(result?.source).toBe('readability');
    expect(result?.content.textContent).toContain('문단 6');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('gives null when nothing holds more than the pipeline already found', () => {
    const { doc } = loadPage(html('<p>짧다.</p>'), URL);
    expect(fallbackArticle(doc, 100)).toBeNull();
  });
});

describe('extractClip on a broken mobile page', () => {
  it('clips a story body parsed into a heading as paragraphs, not as an empty heading', () => {
    const { doc, window } = loadPage(html(`<div class="m_info"><span>이수진 기자</span></div></div></span><h3 class="m_view_txt">${PARAS}</h3>`), URL);
    const clip = extractClip(doc, { url: URL, window });
    expect(clip.text).toContain('문단 1');
    expect(clip.text).toContain('문단 6');
    expect(clip.markdown).not.toMatch(/^#+\s*$/m);
  });
});
