import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { clipsToBibtex, escapeLatex } from '../../../utils/export/bibtex';
import { citationType, clipsToCslItems, clipsToCslJson } from '../../../utils/export/csl';
import { clipsToRis } from '../../../utils/export/ris';
import { makeClip } from './fixtures';
import { generateClips } from './generate-clips';
import { expectGolden } from './golden';
import { GOLDEN_CLIPS } from './golden-clips';

const UTC = { timeZone: 'UTC' };
const BLOG = GOLDEN_CLIPS[1] ?? makeClip();
const parsed = (text: string): Array<Record<string, unknown>> => new Cite(text).data;

describe('CSL-JSON', () => {
  it('matches its golden file and parses back as JSON', () => {
    const json = clipsToCslJson(GOLDEN_CLIPS, UTC);
    expectGolden('citations.csl.json', json);
    expect(JSON.parse(json)).toEqual(clipsToCslItems(GOLDEN_CLIPS, UTC));
  });

  it('maps the fields researchers need', () => {
    const [news, blog, page] = clipsToCslItems(GOLDEN_CLIPS, UTC);
    expect(news).toMatchObject({
      type: 'article-newspaper',
      title: '기후 변화: 서울의 여름이 길어진다',
      author: [{ family: '김', given: '민지' }, { family: '이', given: '준' }],
      issued: { 'date-parts': [[2024, 3, 5]] },
      accessed: { 'date-parts': [[2024, 3, 6]] },
      'container-title': '예시일보',
      URL: 'https://news.example.kr/article/123',
      language: 'ko',
    });
    expect(blog?.type).toBe('post-weblog');
    // The publisher's own date, not the UTC day (23:30 at UTC-5 is still Dec 31).
    expect(blog?.issued).toEqual({ 'date-parts': [[2023, 12, 31]] });
    expect(page?.type).toBe('webpage');
    expect(page?.issued).toBeUndefined();
  });

  it('classifies clips', () => {
    expect(citationType(makeClip({ canonicalUrl: 'https://someone.substack.com/p/x' }))).toBe('post-weblog');
    expect(citationType(makeClip({ canonicalUrl: 'https://blog.naver.com/x/1' }))).toBe('post-weblog');
    expect(citationType(makeClip({ canonicalUrl: 'https://corp.example/blog/x' }))).toBe('post-weblog');
    expect(citationType(makeClip({ published: null }))).toBe('webpage');
    expect(citationType(makeClip({ mode: 'page' }))).toBe('webpage');
    expect(citationType(makeClip())).toBe('article-newspaper');
  });

  it('gives every item a unique ASCII citation key', () => {
    const items = clipsToCslItems(generateClips(200, 21, { hugeRate: 0 }));
    const keys = items.map((item) => item['citation-key']);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9]+$/);
    expect(clipsToCslItems([BLOG])[0]?.id).toBe('beethoven2023Naive');
  });
});

describe('BibTeX', () => {
  it('matches its golden files', () => {
    expectGolden('citations.bib', clipsToBibtex(GOLDEN_CLIPS, 'bibtex', UTC));
    expectGolden('citations.biblatex.bib', clipsToBibtex(GOLDEN_CLIPS, 'biblatex', UTC));
  });

  it('parses back with citation-js: Korean kept, LaTeX specials escaped, names split', () => {
    const back = parsed(clipsToBibtex(GOLDEN_CLIPS, 'biblatex', UTC));
    expect(back).toHaveLength(3);
    expect(back[0]).toMatchObject({
      title: '기후 변화: 서울의 여름이 길어진다',
      author: [{ family: '김', given: '민지' }, { family: '이', given: '준' }],
      issued: { 'date-parts': [[2024, 3, 5]] },
      accessed: { 'date-parts': [[2024, 3, 6]] },
      'container-title': '예시일보',
      URL: 'https://news.example.kr/article/123',
    });
    expect(back[1]).toMatchObject({
      title: 'The "Naïve" Café: 50% off & {braces} — a_b #1',
      author: [
        { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
        { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
        { family: 'Associated Press' },
      ],
    });
    // BibTeX has no "literal" name: a braced {山田太郎} reads back as one family name, unsplit.
    expect(back[2]).toMatchObject({ author: [{ family: '山田太郎' }, { family: '王', given: '小明' }, { family: '남궁', given: '민수' }] });
  });

  it('escapes every LaTeX special character', () => {
    expect(escapeLatex('\\ { } $ & % # _ ^ ~ < >')).toBe(
      '\\textbackslash{} \\{ \\} \\$ \\& \\% \\# \\_ \\textasciicircum{} \\textasciitilde{} \\textless{} \\textgreater{}',
    );
    const title = 'a^b ~c \\d <e>';
    expect(parsed(clipsToBibtex([makeClip({ title })]))[0]?.title).toBe(title);
  });

  it('leaves citation-js configured as it found it', async () => {
    const { plugins } = await import('@citation-js/core');
    clipsToBibtex(GOLDEN_CLIPS);
    expect(plugins.config.get('@bibtex').format.asciiOnly).toBe(true);
  });
});

describe('RIS', () => {
  it('matches its golden file', () => {
    expectGolden('citations.ris', clipsToRis(GOLDEN_CLIPS, UTC));
  });

  it('parses back with citation-js, with newspaper authors and full dates present', () => {
    const text = clipsToRis(GOLDEN_CLIPS, UTC);
    const back = parsed(text);
    expect(back.map((item) => item.type)).toEqual(['article-newspaper', 'post-weblog', 'webpage']);
    expect(back[0]).toMatchObject({ title: '기후 변화: 서울의 여름이 길어진다', 'container-title': '예시일보', URL: 'https://news.example.kr/article/123' });
    // citation-js reads NEWS authors as "reporter" strings and NEWS dates as years only: its RIS
    // spec's gaps, not the file's. The file itself carries AU and DA lines for other readers.
    expect(back[0]?.reporter).toEqual(['김, 민지', '이, 준']);
    expect(text).toContain('DA  - 2024/3/5/');
    expect(back[1]).toMatchObject({ author: [{ family: 'Beethoven', given: 'Ludwig' }, { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }, { literal: 'Associated Press' }] });
    expect(back[1]?.issued).toEqual({ 'date-parts': [[2023, 12, 31]] });
  });

  it('never wraps long values (readers would rejoin them with spaces)', () => {
    const url = `https://example.com/${'x'.repeat(300)}`;
    const title = `${'긴 제목 '.repeat(40)}끝`;
    const back = parsed(clipsToRis([makeClip({ url, canonicalUrl: url, title, published: null })]));
    expect(back[0]).toMatchObject({ URL: url, title });
  });

  it('writes one KW line per tag, commas and all', () => {
    expect(clipsToRis([BLOG])).toContain('KW  - a,b\r\n');
  });
});
