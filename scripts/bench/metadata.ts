import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractClip } from '../../utils/extract/pipeline';
import { writeBenchmarkSection } from './lib/benchmarks-file';
import { parseHtml } from './lib/load-html';

// `npm run bench:metadata`: byline, site name and publication time of every article fixture in
// test/fixtures/pages, compared with its hand-written .truth.json. A field counts as right only when it
// equals the truth exactly (an empty byline where the truth has one is wrong, and so is a wrong one).
// Options: --verbose (list every miss), --no-write (skip BENCHMARKS.md).

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = join(ROOT, 'test/fixtures/pages');

interface Truth {
  url: string;
  isArticle: boolean;
  byline: string | null;
  published: string | null;
  siteName?: string | null;
}

type Field = 'byline' | 'siteName' | 'published';
const FIELDS: Field[] = ['byline', 'siteName', 'published'];

function main(): void {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, 'no-write': { type: 'boolean', default: false } } });
  const names = readdirSync(PAGES).filter((f) => f.endsWith('.truth.json')).map((f) => f.replace(/\.truth\.json$/, '')).sort();
  const right: Record<Field, number> = { byline: 0, siteName: 0, published: 0 };
  const total: Record<Field, number> = { byline: 0, siteName: 0, published: 0 };
  const misses: string[] = [];
  let empty = 0;
  let pages = 0;
  for (const name of names) {
    const truth = JSON.parse(readFileSync(join(PAGES, `${name}.truth.json`), 'utf8')) as Truth;
    if (!truth.isArticle) continue;
    pages++;
    const { doc, view } = parseHtml(readFileSync(join(PAGES, `${name}.html`), 'utf8'), truth.url);
    let got: Record<Field, string | null>;
    try {
      const clip = extractClip(doc, { url: truth.url, window: view });
      got = { byline: clip.byline, siteName: clip.siteName, published: clip.published };
    } catch (error) {
      empty++;
      got = { byline: null, siteName: null, published: null };
      misses.push(`${name}: no clip (${error instanceof Error ? error.message : String(error)})`);
    }
    for (const field of FIELDS) {
      const want = truth[field];
      if (want === undefined) continue;
      total[field]++;
      if (got[field] === want) right[field]++;
      else misses.push(`${name} ${field}: got ${JSON.stringify(got[field])}, want ${JSON.stringify(want)}`);
    }
  }
  const row = (field: Field, label: string): string => `| ${label} | ${right[field]} / ${total[field]} | ${(right[field] / Math.max(1, total[field])).toFixed(3)} |`;
  const table = [
    `Article fixtures: ${pages} (test/fixtures/pages), clips that failed: ${empty}.`,
    '',
    '| field | right | share |',
    '| --- | --- | --- |',
    row('byline', 'byline'),
    row('siteName', 'site name'),
    row('published', 'published (exact instant and offset)'),
  ].join('\n');
  console.log(table);
  if (values.verbose) for (const m of misses) console.log(`  ${m}`);
  if (!values['no-write']) {
    writeBenchmarkSection(join(ROOT, 'BENCHMARKS.md'), 'metadata', `## Metadata (fixture corpus)\n\n\`npm run bench:metadata\`\n\n${table}`);
  }
}

main();
