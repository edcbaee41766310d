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
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { DetectionSignals } from '../../utils/detect/collect-signals';
import { detectArticle } from '../../utils/detect/detect-article';
import { LIVE_SIGNALS } from '../lib/live-signals-file';
import { judgeLive, launchLiveBrowser } from '../lib/live-verdicts';
import { detectionReport } from '../lib/detection-report';
import { writeBenchmarkSection } from './lib/benchmarks-file';
import { parseHtml, readHtmlFile } from './lib/load-html';

declare global {
  // Installed in the benchmark page by the bundle below.
  var gleanerDetectBench: { detectArticle: typeof detectArticle; isProbablyReaderable: (doc: Document) => boolean } | undefined;
}

const ROOT = join(import.meta.dirname, '..', '..');
const DEV = join(ROOT, '..', 'shared', 'bench', 'detection-dev');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'pages');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const SHIPPED = join(EXTENSION, 'content-scripts', 'detector.js');
/** A `<style>` inside an inline `<svg>`: happy-dom 21 stops parsing the body there. */
const SVG_STYLE = /<svg\b(?:(?!<\/svg>)[\s\S]){0,20000}?<style\b/i;
/** Tabs judged at once in live mode (2 shared cores: more tabs only queue). */
const LIVE_TABS = 6;
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
  /** Chromium's DOMParser (scripts off). */
  ours: boolean;
  readerable: boolean;
  ms: number;
  /** happy-dom, as the CLI parses pages. */
  happy: boolean;
  svgStyle: boolean;
  /** The badge of the built extension on the page opened live (undefined with --no-live). */
  live?: boolean;
  /** The detector's signals on the live page (main world, after the badge was read). */
  liveSignals?: DetectionSignals;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
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
    judged.push({ ...labelled, ...verdict, happy: false, svgStyle: SVG_STYLE.test(labelled.html) });
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

/** The Node path's verdict on every page (happy-dom, as `npm run extract` parses pages). */
async function judgeNode(pages: Judged[]): Promise<void> {
  for (const page of pages) {
    const loaded = parseHtml(page.html, page.url || 'https://example.invalid/');
    page.happy = detectArticle(loaded.doc, page.url || undefined).isArticle;
    await loaded.close();
  }
}

/** The shipped extension's badge on every page opened live (see scripts/lib/live-verdicts.ts). */
async function judgeLiveAll(pages: Judged[], source: string): Promise<{ version: string; seconds: number; unreported: number; revisited: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'gleaner-bench-live-'));
  const { context, worker } = await launchLiveBrowser(EXTENSION, profile);
  const start = performance.now();
  try {
    const probe = `${source}\n;globalThis.gleanerDetectBench.detectArticle(document, location.href).signals`;
    const verdicts = await judgeLive(context, worker, pages, {
      concurrency: LIVE_TABS,
      probe,
      onProgress: (done, total) => (done % 50 === 0 || done === total) && console.log(`  live ${done}/${total}`),
    });
    const byId = new Map(verdicts.map((v) => [v.id, v]));
    // With several tabs at once on two shared cores a slow page can miss the badge-reading window;
    // a user has the page alone. Such pages get one more visit, alone, before they count as unset.
    const missed = pages.filter((page) => !byId.get(page.id)?.reported);
    if (missed.length > 0) {
      console.log(`  ${missed.length} pages unreported with ${LIVE_TABS} tabs: visiting them again one at a time…`);
      for (const verdict of await judgeLive(context, worker, missed, { concurrency: 1, probe })) byId.set(verdict.id, verdict);
    }
    let unreported = 0;
    for (const page of pages) {
      const verdict = byId.get(page.id);
      page.live = verdict?.isArticle ?? false;
      page.liveSignals = isRecord(verdict?.probe) && !('error' in verdict.probe) ? (verdict.probe as DetectionSignals) : undefined;
      if (!verdict?.reported) {
        unreported++;
        console.warn(`  never reported: ${page.id} (ended on ${verdict?.finalUrl || 'nothing'})`);
      }
    }
    return { version: context.browser()?.version() ?? '', seconds: (performance.now() - start) / 1000, unreported, revisited: missed.length };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const withLive = !args.has('--no-live');
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
  await judgeNode(judgedDev);
  await judgeNode(judgedFixtures);
  const shipped = shippedScript();
  const detectorBytes = await detectorOnlyBytes();
  let live: Awaited<ReturnType<typeof judgeLiveAll>> | undefined;
  if (withLive) {
    console.log(`opening every page live in Chromium with the built extension (${LIVE_TABS} tabs at once)…`);
    live = await judgeLiveAll([...judgedDev, ...judgedFixtures], source);
    mkdirSync(dirname(LIVE_SIGNALS), { recursive: true });
    writeFileSync(LIVE_SIGNALS, JSON.stringify(Object.fromEntries([...judgedDev, ...judgedFixtures].map((p) => [p.id, p.liveSignals ?? null]))));
    // Every verdict per page, for looking into disagreements.
    const verdicts = [...judgedDev, ...judgedFixtures].map(({ html: _html, liveSignals: _signals, ...rest }) => rest);
    writeFileSync(join(dirname(LIVE_SIGNALS), 'detect-verdicts.json'), JSON.stringify(verdicts, null, 1));
  }

  const body = detectionReport({
    version,
    credit: CREDIT,
    dev: judgedDev,
    fixtures: judgedFixtures,
    live,
    liveTabs: LIVE_TABS,
    timing: { ...timing, pageKb: Math.round(timingHtml.length / 1000), runs: TIMING_RUNS },
    medianDevKb: Math.round(quantile(dev.map((p) => p.html.length), 0.5) / 1000),
    perPage: { median: quantile(judgedDev.map((p) => p.ms), 0.5), p95: quantile(judgedDev.map((p) => p.ms), 0.95) },
    shippedBytes: shipped.byteLength,
    shippedGzipBytes: gzipSync(shipped).byteLength,
    detectorBytes,
  });
  writeBenchmarkSection(join(ROOT, 'BENCHMARKS.md'), 'detect', body);
  console.log(body);
}

await main();
