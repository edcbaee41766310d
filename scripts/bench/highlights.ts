import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { extractClip } from '../../utils/extract/pipeline';
import { CodePointIndex } from '../../utils/highlights/code-points';
import { describeRange } from '../../utils/highlights/describe-range';
import { normalizeText } from '../../utils/highlights/normalize';
import { reanchorTarget } from '../../utils/highlights/reanchor';
import { writeBenchmarkSection } from './lib/benchmarks-file';
import type { HighlightBenchApi } from './lib/highlights-bundle';
import { parseHtml } from './lib/load-html';

// `npm run bench:highlights`:
// 1. Re-anchoring: every article fixture in test/fixtures/pages is extracted; 20 highlights per
//    article are re-anchored after synthetic edits of a re-clip (sentences inserted, passages
//    deleted, whitespace changed, a typo fixed or a word inserted inside some quotes). A highlight counts as re-anchored
//    when it lands on its true new place (≥ 80 % overlap with where its text went).
// 2. Drawing: 200 highlights on a 100 KB article in headless Chromium, the reader's path
//    (parse sanitized HTML, anchor, mark, serialize) and a live-DOM draw; median of 15 runs.
// Options: --no-write (skip BENCHMARKS.md), --verbose.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = join(ROOT, 'test/fixtures/pages');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PER_ARTICLE = 20;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

// Inserted sentences end in one space and go in at word starts, deletions run from a word start to
// a word start: the edited text stays normalized, so true positions are plain offset shifts.
const INSERTS = ['Updated at 10:30 with new details. ', '(Correction appended.) ', '기사 내용이 추가되었습니다. ', '追記：詳細を更新。 ', 'Read more: '];

/** Apply non-overlapping edits; each range moves by the edits before it (a typo inside keeps its length). */
function applyEdits(text: string, edits: Edit[], ranges: Array<[number, number]>): { text: string; ranges: Array<[number, number]> } {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  for (const e of sorted) {
    out += text.slice(last, e.at) + e.insert;
    last = e.at + e.remove;
  }
  out += text.slice(last);
  const shift = (pos: number) => sorted.filter((e) => e.at < pos && e.at + e.remove <= pos).reduce((sum, e) => sum + e.insert.length - e.remove, 0);
  return { text: out, ranges: ranges.map(([a, b]) => [a + shift(a), b + shift(b)]) };
}

/** The next word start at or after `pos` (or -1). */
function wordStart(text: string, pos: number): number {
  const space = text.indexOf(' ', pos);
  return space === -1 ? -1 : space + 1;
}

/** Highlights and one edited version of an article's text, with the true new place of each highlight. */
function scenario(text: string, seed: number) {
  const next = random(seed);
  const ranges: Array<[number, number]> = [];
  const step = Math.floor(text.length / PER_ARTICLE);
  for (let i = 0; i < PER_ARTICLE && step > 30; i++) {
    const start = i * step + Math.floor(next() * (step / 3));
    const end = Math.min(text.length, start + 15 + Math.floor(next() * 70));
    // Selections are trimmed in the reader: a range never starts or ends on a space.
    let a = start;
    let b = end;
    while (a < b && text[a] === ' ') a++;
    while (b > a && text[b - 1] === ' ') b--;
    if (b > a) ranges.push([a, b]);
  }
  const taken: Array<[number, number]> = ranges.map(([a, b]) => [a - 1, b + 1]);
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const edits: Edit[] = [];
  for (let k = 0; k < 16; k++) {
    const at = wordStart(text, Math.floor(next() * text.length));
    if (at <= 0) continue;
    if (k % 2 === 0) {
      if (!free(at, at + 1)) continue;
      edits.push({ at, remove: 0, insert: INSERTS[k % INSERTS.length] ?? '' });
      taken.push([at - 1, at + 1]);
    } else {
      const to = wordStart(text, at + 10 + Math.floor(next() * 40));
      if (to <= at || !free(at, to)) continue;
      edits.push({ at, remove: to - at, insert: '' });
      taken.push([at - 1, to + 1]);
    }
  }
  // Copy edits inside quotes: a typo fixed in every fourth highlight (one letter replaced), a word
  // inserted in every fifth (at a word start inside it).
  ranges.forEach(([a, b], i) => {
    if (i % 4 === 0 && b - a >= 20) {
      const at = a + Math.floor((b - a) / 2);
      if (text[at] !== ' ') edits.push({ at, remove: 1, insert: text[at] === 'x' ? 'y' : 'x' });
    } else if (i % 5 === 0 && b - a >= 30) {
      const at = wordStart(text, a + 5);
      if (at > a && at < b - 5) edits.push({ at, remove: 0, insert: 'newly ' });
    }
  });
  const edited = applyEdits(text, edits, ranges);
  // Whitespace changes: some spaces become line breaks or runs (normalization folds them back).
  const spaced = edited.text.replace(/ /g, (m, offset: number) => (offset % 17 === 0 ? '\n\n' : offset % 29 === 0 ? '  ' : m));
  return { ranges, edited: normalizeText(spaced), expected: edited.ranges };
}

function overlap(a: [number, number], b: [number, number]): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union === 0 ? 0 : inter / union;
}

function reanchoring(verbose: boolean) {
  const names = readdirSync(PAGES).filter((f) => f.endsWith('.truth.json')).map((f) => f.replace(/\.truth\.json$/, '')).sort();
  let total = 0;
  let right = 0;
  let orphaned = 0;
  let articles = 0;
  let ms = 0;
  for (const [n, name] of names.entries()) {
    const truth = JSON.parse(readFileSync(join(PAGES, `${name}.truth.json`), 'utf8')) as { url: string; isArticle: boolean };
    if (!truth.isArticle) continue;
    const { doc, view } = parseHtml(readFileSync(join(PAGES, `${name}.html`), 'utf8'), truth.url);
    let text: string;
    try {
      text = normalizeText(extractClip(doc, { url: truth.url, window: view }).text);
    } catch {
      continue;
    }
    if (text.length < 600) continue;
    articles++;
    const s = scenario(text, 1000 + n);
    const edited = s.edited;
    const index = new CodePointIndex(edited);
    const t0 = performance.now();
    s.ranges.forEach((range, i) => {
      total++;
      const target = describeRange(text, range[0], range[1]);
      const result = reanchorTarget(edited, target, index);
      if (result.orphaned) {
        orphaned++;
        if (verbose) console.log(`${name} #${i}: orphaned "${target.quote.exact}"`);
        return;
      }
      const got: [number, number] = [index.toCodeUnit(result.target.position.start), index.toCodeUnit(result.target.position.end)];
      const want = s.expected[i] ?? [0, 0];
      if (overlap(got, want) >= 0.8) right++;
      else if (verbose) console.log(`${name} #${i}: wrong place "${target.quote.exact}" → "${result.target.quote.exact}"`);
    });
    ms += performance.now() - t0;
  }
  return { articles, total, right, orphaned, ms };
}

function article100k(): string {
  const en = 'The council voted to expand the bus network, and critics said the plan ignores the suburbs where most commuters live. ';
  const ko = '서울시는 버스 노선을 확대하기로 의결했고, 비판론자들은 통근자 대부분이 사는 외곽 지역을 외면한다고 말했다. ';
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < 100 * 1024; i++) {
    parts.push(i % 7 === 0 ? `<h2>Section ${i}</h2>` : `<p>${i % 2 ? en : ko}<em>Paragraph ${i}</em> ${i % 2 ? ko : en}<a href="https://e.com/${i}">link ${i}</a> ${en}</p>`);
  }
  return parts.join('');
}

async function drawing() {
  const result = await build({ entryPoints: [join(ROOT, 'scripts/bench/lib/highlights-bundle.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]?.text ?? '';
  statSync(CHROMIUM);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: code });
    const html = article100k();
    const runs = await page.evaluate(([source, count]) => {
      const api = Reflect.get(globalThis, '__gleanerHighlightBench') as HighlightBenchApi;
      const highlights = api.make(source, count, 7);
      const out: { reader: number[]; live: number[]; drawn: number; orphaned: number } = { reader: [], live: [], drawn: 0, orphaned: 0 };
      for (let i = 0; i < 17; i++) {
        const r = api.reader(source, highlights);
        const l = api.live(source, highlights);
        if (i < 2) continue; // warm-up
        out.reader.push(r.ms);
        out.live.push(l.ms);
        out.drawn = r.drawn;
        out.orphaned = r.orphaned;
      }
      return out;
    }, [html, 200] as const);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const max = (xs: number[]) => Math.max(...xs);
    return { kb: Math.round(html.length / 1024), readerMs: median(runs.reader), readerMax: max(runs.reader), liveMs: median(runs.live), liveMax: max(runs.live), drawn: runs.drawn, orphaned: runs.orphaned };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, 'no-write': { type: 'boolean', default: false } } });
  const anchor = reanchoring(values.verbose ?? false);
  const rate = anchor.total === 0 ? 0 : anchor.right / anchor.total;
  console.log(`re-anchoring: ${anchor.right}/${anchor.total} (${(rate * 100).toFixed(2)} %) on ${anchor.articles} articles, ${anchor.orphaned} orphaned, ${(anchor.ms / Math.max(1, anchor.total)).toFixed(2)} ms each`);
  const draw = await drawing();
  console.log(`drawing 200 highlights on ${draw.kb} KB: reader ${draw.readerMs.toFixed(1)} ms (max ${draw.readerMax.toFixed(1)}), live DOM ${draw.liveMs.toFixed(1)} ms (max ${draw.liveMax.toFixed(1)}); ${draw.drawn} drawn, ${draw.orphaned} not found`);
  const body = `## Highlights (\`npm run bench:highlights\`)

| measure | result | target |
|---|---|---|
| re-anchoring after synthetic re-clip edits (${anchor.articles} fixture articles × ${PER_ARTICLE} highlights: sentences inserted, passages deleted, whitespace changed; inside quotes a typo fixed or a word inserted) | ${(rate * 100).toFixed(2)} % (${anchor.right}/${anchor.total}; ${anchor.orphaned} orphaned, ${(anchor.ms / Math.max(1, anchor.total)).toFixed(2)} ms each) | ≥ 99 % |
| drawing 200 highlights on a ${draw.kb} KB article, reader path (parse, anchor, mark, serialize), Chromium, median of 15 | ${draw.readerMs.toFixed(1)} ms (max ${draw.readerMax.toFixed(1)} ms; ${draw.drawn} drawn) | ≤ 50 ms |
| same, drawn into a live attached element incl. layout (a live-page draw; the reader does not use this path) | ${draw.liveMs.toFixed(1)} ms (max ${draw.liveMax.toFixed(1)} ms) | — |
| machine during the run | load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs (times scale with contention) | |
`;
  if (!values['no-write']) writeBenchmarkSection(join(ROOT, 'BENCHMARKS.md'), 'highlights', body);
}

void main();
