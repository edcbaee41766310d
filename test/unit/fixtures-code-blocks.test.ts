import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClip } from '../../utils/extract/pipeline';
import { clipToMarkdownFile } from '../../utils/export/markdown';
import { htmlDoc, loadPage } from './extract/helpers';

// Code in the golden corpus is kept character-exact: every code block of a clip (HTML and Markdown
// fence) is the text of a code block on the page, and code blocks inside the story are all kept.

const PAGES = 'test/fixtures/pages';

const fixtures = readdirSync(PAGES)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => ({ name: f.replace(/\.truth\.json$/, ''), truth: JSON.parse(readFileSync(join(PAGES, f), 'utf8')) as { url: string; isArticle: boolean } }))
  .filter(({ name, truth }) => truth.isArticle && existsSync(join(PAGES, `${name}.html`)));

/** The contents of the fenced code blocks of a Markdown text. */
function fencedBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1$/gm)].map((m) => m[2] ?? '');
}

describe('code blocks in the golden corpus', () => {
  let total = 0;
  for (const { name, truth } of fixtures) {
    const html = readFileSync(join(PAGES, `${name}.html`), 'utf8');
    if (!html.includes('<pre')) continue;
    it(`${name}: every code block is character-identical to the page's`, () => {
      const { doc, window } = loadPage(html, truth.url);
      const onPage = [...doc.querySelectorAll('article pre, main pre, [itemprop="articleBody"] pre')].map((pre) => pre.textContent ?? '');
      const clip = extractClip(doc, { url: truth.url, window });
      const clipped = [...htmlDoc(clip.html).querySelectorAll('pre')].map((pre) => pre.textContent ?? '');
      expect(clipped).toEqual(onPage);
      expect(fencedBlocks(clip.markdown)).toEqual(onPage.map((code) => code.replace(/\n$/, '')));
      total += onPage.length;
    });
  }
  it('covers highlighted code (Prism, highlight.js, GitHub, Shiki)', () => {
    expect(total).toBeGreaterThanOrEqual(4);
  });
});

describe('the seed page', () => {
  it('exports its subtitle in the Markdown', () => {
    const { doc, window } = loadPage(readFileSync(join(PAGES, 'ko--local-news-seed.html'), 'utf8'), 'https://www.hanbitnews.co.kr/news/articleView.html?idx=81234');
    const clip = extractClip(doc, { url: 'https://www.hanbitnews.co.kr/news/articleView.html?idx=81234', window });
    const file = clipToMarkdownFile({ ...clip, id: 1, clippedAt: 0, updatedAt: 0, tags: [], note: '' });
    const body = file.content.split('\n---\n').slice(1).join('\n---\n');
    expect(body.replace(/\\-/g, '-')).toContain('- 2024년 ‘우수상’ 수상으로 서울시 최초 10년 연속 일자리대상 수상');
  });
});
