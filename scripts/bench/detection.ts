/**
 * `npm run bench:detect`: article detection on real pages, and what it costs.
 *
 * - Accuracy, precision and recall of `detectArticle` next to Readability's `isProbablyReaderable` on
 *   ../shared/bench/detection-dev (404 labelled pages from WCXB, CC-BY-4.0) and on the fixture corpus,
 *   in headless Chromium on documents parsed by the browser's DOMParser (scripts off, as at rest).
 * - Agreement of the Node path (happy-dom, as the CLI parses pages) with Chromium's verdicts.
 * - The shipped content script's size (`wxt build` output) and the detector's time in Chromium on a
 *   ~100 KB article page loaded as a real document (page scripts disabled, subresources aborted).
 * Writes its section of BENCHMARKS.md.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { detectArticle } from '../../utils/detect/detect-article';
import { writeBenchmarkSection } from './lib/benchmarks-file';
import { parseHtml, readHtmlFile } from './lib/load-html';

declare global {
  // Installed in the benchmark page by the bundle below.
  var gleanerDetectBench: { detectArticle: typeof detectArticle; isProbablyReaderable: (doc: Document) => boolean } | undefined;
}

const ROOT = join(import.meta.dirname, '..', '..');
const DEV = join(ROOT, '..', 'shared', 'bench', 'detection-dev');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'pages');
const SHIPPED = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'detector.js');
const TIMING_RUNS = 200;
const TIMING_PAGE_SIZE = 100_000;
const CREDIT =
  'detection-dev: 404 pages of the WCXB dev split (Web Content Extraction Benchmark, © 2026 Murrough Foley, CC-BY-4.0; the pages’ text belongs to their sites)';

interface Labelled {
  id: string;
  url: string;
  type: string;
  isArticle: boolean;
  html: string;
}

interface Judged extends Labelled {
  ours: boolean;
  readerable: boolean;
  ms: number;
}

type Scores = { accuracy: number; precision: number; recall: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function scores(pages: readonly Judged[], said: (page: Judged) => boolean): Scores {
  const tp = pages.filter((p) => p.isArticle && said(p)).length;
  const fp = pages.filter((p) => !p.isArticle && said(p)).length;
  const fn = pages.filter((p) => p.isArticle && !said(p)).length;
  const right = pages.filter((p) => p.isArticle === said(p)).length;
  return { accuracy: right / pages.length, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function loadDev(): Labelled[] {
  const labels: unknown = JSON.parse(readFileSync(join(DEV, 'labels.json'), 'utf8'));
  if (!isRecord(labels)) throw new Error('labels.json is not an object');
  return Object.entries(labels).flatMap(([id, label]) =>
    isRecord(label) && typeof label.isArticle === 'boolean'
      ? [{ id, url: String(label.url ?? ''), type: String(label.pageType ?? ''), isArticle: label.isArticle, html: readHtmlFile(join(DEV, 'pages', `${id}.html.gz`)) }]
      : [],
  );
}

function loadFixtures(): Labelled[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.truth.json') && existsSync(join(FIXTURES, f.replace('.truth.json', '.html'))))
    .sort()
    .flatMap((f) => {
      const truth: unknown = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8'));
      if (!isRecord(truth) || typeof truth.isArticle !== 'boolean') return [];
      const id = f.replace('.truth.json', '');
      const type = truth.isArticle ? 'article' : String(truth.kind ?? 'other');
      return [{ id, url: String(truth.url ?? ''), type, isArticle: truth.isArticle, html: readFileSync(join(FIXTURES, `${id}.html`), 'utf8') }];
    });
}

/** The detector plus Readability's check, as one script that installs `globalThis.gleanerDetectBench`. */
async function benchBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { detectArticle } from './utils/detect/detect-article';
        import { isProbablyReaderable } from '@mozilla/readability';
        globalThis.gleanerDetectBench = { detectArticle, isProbablyReaderable };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** The detector alone, minified by esbuild: its share of the content script. */
async function detectorOnlyBytes(): Promise<number> {
  const out = await build({
    stdin: { contents: `export { detectArticle } from './utils/detect/detect-article';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
  });
  return out.outputFiles[0]?.contents.byteLength ?? 0;
}

async function judgeAll(page: Page, pages: readonly Labelled[]): Promise<Judged[]> {
  const judged: Judged[] = [];
  for (const labelled of pages) {
    const verdict = await page.evaluate(([html, url]) => {
      const api = globalThis.gleanerDetectBench;
      if (!api) throw new Error('bundle not loaded');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const start = performance.now();
      const ours = api.detectArticle(doc, url || undefined).isArticle;
      const ms = performance.now() - start;
      return { ours, ms, readerable: api.isProbablyReaderable(doc) };
    }, [labelled.html, labelled.url] as const);
    judged.push({ ...labelled, ...verdict });
  }
  return judged;
}

/** Time the detector on one page loaded as a real document: the first (cold) run, then warm runs. */
async function timePage(page: Page, source: string, html: string): Promise<{ first: number; median: number; p95: number; elements: number }> {
  const url = 'https://bench.invalid/2025/03/article';
  await page.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
  );
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(source);
  // Plain loops only in the page: the function is serialized, and helpers tsx adds would be missing there.
  const { times, elements } = await page.evaluate((runs) => {
    const api = globalThis.gleanerDetectBench;
    if (!api) throw new Error('bundle not loaded');
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      api.detectArticle(document, location.href);
      times.push(performance.now() - start);
    }
    return { times, elements: document.getElementsByTagName('*').length };
  }, TIMING_RUNS);
  const [first = 0, ...warm] = times;
  return { first, median: quantile(warm, 0.5), p95: quantile(warm, 0.95), elements };
}

/** The shipped content script, rebuilt when it is missing or older than the detector's sources. */
function shippedScript(): Buffer {
  const sources = ['utils/detect', 'utils/settings', 'entrypoints/detector.content.ts', 'utils/messaging.ts'].flatMap((p) => {
    const path = join(ROOT, p);
    return statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((f) => join(path, f)) : [path];
  });
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (!existsSync(SHIPPED) || statSync(SHIPPED).mtimeMs < newest) {
    console.log('building the extension (wxt build)…');
    execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  }
  return readFileSync(SHIPPED);
}

async function nodeAgreement(pages: readonly Judged[]): Promise<number> {
  let same = 0;
  for (const page of pages) {
    const loaded = parseHtml(page.html, page.url || 'https://example.invalid/');
    if (detectArticle(loaded.doc, page.url || undefined).isArticle === page.ours) same++;
    await loaded.close();
  }
  return same;
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

async function main(): Promise<void> {
  const dev = loadDev();
  const fixtures = loadFixtures();
  const source = await benchBundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const version = browser.version();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.evaluate(source);
  console.log(`judging ${dev.length} detection-dev pages and ${fixtures.length} fixtures in Chromium ${version}…`);
  const judgedDev = await judgeAll(page, dev);
  const judgedFixtures = await judgeAll(page, fixtures);

  const articles = dev.filter((p) => p.isArticle);
  const timingHtml = articles.reduce((best, p) => (Math.abs(p.html.length - TIMING_PAGE_SIZE) < Math.abs(best.html.length - TIMING_PAGE_SIZE) ? p : best)).html;
  const timing = await timePage(await context.newPage(), source, timingHtml);
  await browser.close();

  console.log('checking the Node (happy-dom) path…');
  const agree = await nodeAgreement(judgedDev);
  const shipped = shippedScript();
  const detectorBytes = await detectorOnlyBytes();

  const ours = scores(judgedDev, (p) => p.ours);
  const theirs = scores(judgedDev, (p) => p.readerable);
  const fixOurs = scores(judgedFixtures, (p) => p.ours);
  const fixTheirs = scores(judgedFixtures, (p) => p.readerable);
  const row = (name: string, s: Scores) => `| ${name} | ${pct(s.accuracy)} | ${pct(s.precision)} | ${pct(s.recall)} |`;
  const types = [...new Set(dev.map((p) => p.type))].sort();
  const typeRow = (type: string) => {
    const group = judgedDev.filter((p) => p.type === type);
    const right = (said: (p: Judged) => boolean) => group.filter((p) => p.isArticle === said(p)).length;
    return `| ${type} | ${group.length} | ${right((p) => p.ours)} (${pct(right((p) => p.ours) / group.length)}) | ${right((p) => p.readerable)} (${pct(right((p) => p.readerable) / group.length)}) |`;
  };
  const perPage = judgedDev.map((p) => p.ms);
  const date = new Date().toISOString().slice(0, 10);

  const body = [
    '## Article detection (`npm run bench:detect`)',
    '',
    `\`detectArticle\` (utils/detect) against Readability 0.6's \`isProbablyReaderable\`, both run in headless Chromium ${version} on documents parsed by the browser's DOMParser. ${CREDIT}. Fixtures: the labelled pages in \`test/fixtures/pages\` (ko/ja/zh/en/de/fr).`,
    '',
    '| Corpus · detector | Accuracy | Precision | Recall |',
    '| --- | --- | --- | --- |',
    row(`detection-dev (${judgedDev.length}) · detectArticle`, ours),
    row(`detection-dev (${judgedDev.length}) · isProbablyReaderable`, theirs),
    row(`fixtures (${judgedFixtures.length}) · detectArticle`, fixOurs),
    row(`fixtures (${judgedFixtures.length}) · isProbablyReaderable`, fixTheirs),
    '',
    `Target ≥ 95 % on detection-dev: ${ours.accuracy >= 0.95 ? '✅' : '❌'} ${pct(ours.accuracy)}. The score's weights were fitted by \`scripts/fit-detector.ts\` (L2-regularized logistic regression on standardized features, λ = 20) on these same pages plus the fixtures, so this is a training figure; the same script's 10-fold cross-validation (refitted per fold, fixtures always in training, averaged over 10 shuffles) gives 94.7 % (the previous feature set, measured the same way: 93.7 %), the better estimate for unseen pages of the benchmark. Most remaining misses are pages whose label a reader could argue either way (government guides and topic hubs, and a few list-like pages, labelled articles; service pages written like blog posts; list pages whose entries carry long blurbs; a long tutorial labelled documentation; a forum thread and a story-with-comments page labelled forum).`,
    '',
    '| Page type (detection-dev) | Pages | detectArticle right | isProbablyReaderable right |',
    '| --- | --- | --- | --- |',
    ...types.map(typeRow),
    '',
    '### Cost',
    '',
    '| Measure | Value | Budget |',
    '| --- | --- | --- |',
    `| Content script as shipped (\`.output/chrome-mv3/content-scripts/detector.js\`, wxt build, minified) | ${kb(shipped.byteLength)} (${kb(gzipSync(shipped).byteLength)} gzip) | ${shipped.byteLength <= 15_000 ? '✅' : '❌'} ≤ 15 kB |`,
    `| of which the detector alone (esbuild --minify) | ${kb(detectorBytes)} | |`,
    `| Detection on a ${Math.round(timingHtml.length / 1000)} kB article page (${timing.elements} elements), median of ${TIMING_RUNS} warm runs | ${timing.median.toFixed(2)} ms (p95 ${timing.p95.toFixed(2)} ms) | ${timing.median <= 2 ? '✅' : '❌'} ≤ 2 ms |`,
    `| Same page, first (cold) run | ${timing.first.toFixed(2)} ms | |`,
    `| One run per detection-dev page (${judgedDev.length} pages, median size ${Math.round(quantile(dev.map((p) => p.html.length), 0.5) / 1000)} kB) | median ${quantile(perPage, 0.5).toFixed(2)} ms, p95 ${quantile(perPage, 0.95).toFixed(2)} ms | |`,
    '',
    `Node path: the same detector on happy-dom (how \`npm run extract\` parses pages) agrees with Chromium on ${agree} of ${judgedDev.length} detection-dev pages; happy-dom 21 stops parsing some real pages early (it loses the rest of the body), which is where they differ.`,
    '',
    `Command: \`npm run bench:detect\`, ${date}. Machine: 2 shared cores; timings swing with other jobs.`,
  ].join('\n');
  writeBenchmarkSection(join(ROOT, 'BENCHMARKS.md'), 'detect', body);
  console.log(body);
}

await main();
