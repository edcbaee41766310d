import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { extractClip } from '../../utils/extract/pipeline';
import { writeBenchmarkSection } from './lib/benchmarks-file';
import { parseHtml, readHtmlFile } from './lib/load-html';
import { scorePage, totals, type PageScore } from './lib/shingle-score';
import { isDocumentNode } from '../../utils/extract/dom-guards';

// `npm run bench:extract`: our pipeline and raw Readability 0.6 (defaults) on the same happy-dom
// documents of the extraction-dev pages, scored with the benchmark's shingle metric. Also checks
// that no page's recall falls more than 0.02 below Readability's, that no page loses a heading its
// ground truth keeps, and counts the code blocks kept character-identical.
// Options: --page ID (repeatable), --dump FILE (per-page JSON), --no-write (skip BENCHMARKS.md).

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BENCH_DIR = resolve(ROOT, process.env.GLEANER_EXTRACTION_BENCH_DIR ?? '../shared/bench/extraction-dev');
const RECALL_TOLERANCE = 0.02;

interface Truth {
  articleBody: string;
  url: string;
}

interface PageResult {
  id: string;
  /** Headings of the page that the ground truth keeps, and those our text lost. */
  headings: number;
  lostHeadings: string[];
  /** Code blocks of the page that the ground truth keeps, and those our clip holds character-identical. */
  codeBlocks: number;
  identicalCode: number;
  ours: PageScore;
  readability: PageScore;
  oursMs: number;
  readabilityMs: number;
  error?: string;
}

function runReadability(doc: Document): string {
  const clone = doc.cloneNode(true);
  if (!isDocumentNode(clone)) return '';
  return new Readability(clone).parse()?.textContent ?? '';
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Headings (h2–h6) of the page whose text the ground truth keeps. */
function truthHeadings(doc: Document, truth: string): string[] {
  const body = squash(truth);
  const out = new Set<string>();
  for (const h of doc.querySelectorAll('h2, h3, h4, h5, h6')) {
    const text = squash(h.textContent ?? '');
    if (text.length >= 4 && body.includes(text)) out.add(text);
  }
  return [...out];
}

/** Code blocks of the page whose text the ground truth keeps. */
function truthCode(doc: Document, truth: string): string[] {
  const body = squash(truth);
  return [...doc.querySelectorAll('pre')].map((pre) => pre.textContent ?? '').filter((code) => squash(code).length >= 10 && body.includes(squash(code)));
}

function fmt(n: number, digits = 3): string {
  return n.toFixed(digits);
}

function main(): number {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', multiple: true },
      dump: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const truth = JSON.parse(readFileSync(join(BENCH_DIR, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const ids = Object.keys(truth)
    .sort()
    .filter((id) => !values.page || values.page.includes(id));
  const results: PageResult[] = [];
  const texts: Record<string, { ours: string; readability: string }> = {};
  for (const id of ids) {
    const entry = truth[id];
    if (!entry) continue;
    const html = readHtmlFile(join(BENCH_DIR, 'pages', `${id}.html.gz`));
    const page = parseHtml(html, entry.url);
    let ours = '';
    let clipHtml = '';
    let error: string | undefined;
    const headings = truthHeadings(page.doc, entry.articleBody);
    const code = truthCode(page.doc, entry.articleBody);
    const t0 = performance.now();
    try {
      const clip = extractClip(page.doc, { url: entry.url, window: page.view });
      ours = clip.text;
      clipHtml = clip.html;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const t1 = performance.now();
    const readability = runReadability(page.doc);
    const t2 = performance.now();
    const oursText = squash(ours);
    const clipped = new Set([...new page.window.DOMParser().parseFromString(clipHtml, 'text/html').querySelectorAll('pre')].map((pre) => pre.textContent ?? ''));
    void page.close();
    results.push({
      id,
      headings: headings.length,
      lostHeadings: headings.filter((h) => !oursText.includes(h)),
      codeBlocks: code.length,
      identicalCode: code.filter((c) => clipped.has(c)).length,
      ours: scorePage(ours, entry.articleBody),
      readability: scorePage(readability, entry.articleBody),
      oursMs: t1 - t0,
      readabilityMs: t2 - t1,
      error,
    });
    if (values.dump) texts[id] = { ours, readability };
  }

  const ours = totals(results.map((r) => r.ours));
  const base = totals(results.map((r) => r.readability));
  const oursMs = results.reduce((n, r) => n + r.oursMs, 0) / Math.max(1, results.length);
  const baseMs = results.reduce((n, r) => n + r.readabilityMs, 0) / Math.max(1, results.length);
  const worse = results.filter((r) => r.ours.recall < r.readability.recall - RECALL_TOLERANCE);
  const errors = results.filter((r) => r.error);
  const lostHeadings = results.filter((r) => r.lostHeadings.length > 0);
  const headingCount = results.reduce((n, r) => n + r.headings, 0);
  const codeCount = results.reduce((n, r) => n + r.codeBlocks, 0);
  const identicalCode = results.reduce((n, r) => n + r.identicalCode, 0);
  const codePages = results.filter((r) => r.codeBlocks > 0).length;
  const checks = `Headings the ground truth keeps: ${headingCount}; pages losing one: ${lostHeadings.length}. Code blocks the ground truth keeps: ${codeCount} on ${codePages} pages; character-identical in the clip: ${identicalCode}.`;

  const table = [
    `| extractor | precision | recall | F1 | ms/page |`,
    `|---|---:|---:|---:|---:|`,
    `| Gleaner pipeline | ${fmt(ours.precision)} | ${fmt(ours.recall)} | ${fmt(ours.f1)} | ${fmt(oursMs, 1)} |`,
    `| Readability 0.6 (defaults) | ${fmt(base.precision)} | ${fmt(base.recall)} | ${fmt(base.f1)} | ${fmt(baseMs, 1)} |`,
  ].join('\n');
  process.stdout.write(`${table}\n\n`);
  process.stdout.write(`pages: ${results.length}; errors: ${errors.length}; pages with recall more than ${RECALL_TOLERANCE} below Readability: ${worse.length}\n`);
  for (const r of worse) {
    process.stdout.write(`  ${r.id}: recall ${fmt(r.ours.recall)} vs ${fmt(r.readability.recall)}\n`);
  }
  for (const r of errors) process.stdout.write(`  ${r.id}: error ${r.error}\n`);
  process.stdout.write(`${checks}\n`);
  for (const r of lostHeadings) process.stdout.write(`  ${r.id}: lost heading(s) ${r.lostHeadings.map((h) => JSON.stringify(h)).join(', ')}\n`);

  if (values.dump) {
    mkdirSync(dirname(resolve(values.dump)), { recursive: true });
    writeFileSync(values.dump, JSON.stringify({ results, texts }, null, 1));
  }
  if (!values['no-write'] && !values.page) {
    const body = [
      '## Extraction quality (extraction-dev, 90 pages)',
      '',
      `Command: \`npm run bench:extract\` · DOM: happy-dom · metric: the benchmark's 4-token shingle P/R/F1 · ${new Date().toISOString().slice(0, 10)}`,
      '',
      table,
      '',
      `Per-page recall check (no page more than ${RECALL_TOLERANCE} below Readability): ${worse.length === 0 ? 'pass' : `FAIL (${worse.map((r) => r.id).join(', ')})`}.`,
      '',
      `${checks} Heading check: ${lostHeadings.length === 0 ? 'pass' : `FAIL (${lostHeadings.map((r) => r.id.slice(0, 8)).join(', ')})`}.`,
    ].join('\n');
    writeBenchmarkSection(join(ROOT, 'BENCHMARKS.md'), 'extract', body);
  }
  return worse.length === 0 && errors.length === 0 && lostHeadings.length === 0 ? 0 : 1;
}

process.exitCode = main();
