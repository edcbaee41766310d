import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClip } from '../../utils/extract/pipeline';
import { loadPage } from './extract/helpers';

// The golden corpus: every article page in test/fixtures/pages is extracted with its truth URL and
// checked against its hand-written truth file (authoritative), then against the reviewed golden
// Markdown and metadata in test/fixtures/expected (rewritten only with UPDATE_FIXTURES=1).

const PAGES = 'test/fixtures/pages';
const EXPECTED = 'test/fixtures/expected';
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface Truth {
  url: string;
  isArticle: boolean;
  lang: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName?: string | null;
  canonicalUrl: string | null;
  mustContain?: string[];
  mustNotContain?: string[];
}

const squash = (text: string): string => text.replace(/\s+/g, ' ');

const fixtures = readdirSync(PAGES)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => ({ name: f.replace(/\.truth\.json$/, ''), truth: JSON.parse(readFileSync(join(PAGES, f), 'utf8')) as Truth }))
  .filter(({ name, truth }) => truth.isArticle && existsSync(join(PAGES, `${name}.html`)))
  .sort((a, b) => a.name.localeCompare(b.name));

describe('golden corpus extraction', () => {
  it('has article fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const { name, truth } of fixtures) {
    describe(name, () => {
      const { doc, window } = loadPage(readFileSync(join(PAGES, `${name}.html`), 'utf8'), truth.url);
      const clip = extractClip(doc, { url: truth.url, window });
      const text = squash(clip.text);
      const markdown = squash(clip.markdown);

      it('matches the truth metadata', () => {
        expect(clip.title).toBe(truth.title);
        expect(clip.byline).toBe(truth.byline);
        expect(clip.published).toBe(truth.published);
        expect(clip.canonicalUrl).toBe(truth.canonicalUrl);
        expect(clip.lang?.split('-')[0] ?? null).toBe(truth.lang?.split('-')[0] ?? null);
        if (truth.siteName !== undefined) expect(clip.siteName).toBe(truth.siteName);
      });

      it('contains every mustContain snippet', () => {
        const missing = (truth.mustContain ?? []).filter((s) => !text.includes(squash(s)) && !markdown.includes(squash(s)));
        expect(missing).toEqual([]);
      });

      it('contains no mustNotContain snippet', () => {
        const present = (truth.mustNotContain ?? []).filter((s) => text.includes(squash(s)) || markdown.includes(squash(s)));
        expect(present).toEqual([]);
      });

      it('matches the golden Markdown and metadata', () => {
        const mdFile = join(EXPECTED, `${name}.md`);
        const jsonFile = join(EXPECTED, `${name}.json`);
        const { html: _html, text: _text, markdown: md, ...metadata } = clip;
        const json = `${JSON.stringify(metadata, null, 2)}\n`;
        if (UPDATE || !existsSync(mdFile) || !existsSync(jsonFile)) {
          if (!UPDATE) throw new Error(`missing golden files for ${name}: run with UPDATE_FIXTURES=1 and review them`);
          mkdirSync(EXPECTED, { recursive: true });
          writeFileSync(mdFile, `${md}\n`);
          writeFileSync(jsonFile, json);
        }
        expect(`${md}\n`).toBe(readFileSync(mdFile, 'utf8'));
        expect(json).toBe(readFileSync(jsonFile, 'utf8'));
      });
    });
  }
});
