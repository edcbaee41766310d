import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { writeBenchmarkSection } from './lib/benchmarks-file';
import { readHtmlFile } from './lib/load-html';

// `npx tsx scripts/bench/extraction-speed.ts`: the whole pipeline vs raw Readability 0.6 inside
// headless Chromium, on the extraction-dev pages whose document (markup without script/style
// bodies) is closest to 100 KB. Both run on the same loaded document in the same page, alternating,
// after warm-up; per page the median time is reported, and the headline is the median of the page
// ratios. Target: pipeline ≤ 1.5× Readability. A wider sample (the WIDER pages closest to 100 KB) is
// timed too and reported beside the headline, worst page included.
// `--cpu` (print only): the renderer's CPU time over blocks of runs instead of wall-clock medians. On a
// shared machine other jobs stretch wall-clock times unevenly; CPU time shows what the code costs.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BENCH_DIR = resolve(ROOT, process.env.GLEANER_EXTRACTION_BENCH_DIR ?? '../shared/bench/extraction-dev');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGET_RATIO = 1.5;
const RUNS = Number(process.env.SPEED_RUNS ?? 21);
const WARMUP = 5;
/** Pages behind the headline figure (the closest to 100 KB). */
const PAGES = 3;
/** Pages in the wider sample. */
const WIDER = Number(process.env.SPEED_PAGES ?? 12);
const CPU_MODE = process.argv.includes('--cpu');
/** --cpu: runs per block (the CPU clock ticks in 10 ms) and blocks per extractor, alternating. */
const CPU_BLOCK = 25;
const CPU_ROUNDS = 8;

interface Timing {
  page: string;
  kb: number;
  readabilityMs: number;
  pipelineMs: number;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/lib/browser-bundle.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

/**
 * Size of the markup both extractors actually walk: the HTML without script and style bodies,
 * comments and inline SVG (a "100 KB page" of inline JSON and tracking code is a small document).
 */
function documentBytes(html: string): number {
  return Buffer.byteLength(
    html
      .replace(/<script\b[\s\S]*?<\/script>/gi, '')
      .replace(/<style\b[\s\S]*?<\/style>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<svg\b[\s\S]*?<\/svg>/gi, ''),
  );
}

/** The extraction-dev pages whose document is closest to 100 KB, closest first. */
function pagesNear100k(): { id: string; html: string; kb: number }[] {
  const dir = join(BENCH_DIR, 'pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => ({ f, html: readHtmlFile(join(dir, f)) }))
    .map(({ f, html }) => ({ id: f.replace(/\.html\.gz$/, ''), html, bytes: documentBytes(html) }))
    .sort((a, b) => Math.abs(a.bytes - 100_000) - Math.abs(b.bytes - 100_000))
    .slice(0, Math.max(PAGES, WIDER))
    .map(({ id, html, bytes }) => ({ id, html, kb: Math.round(bytes / 1024) }));
}

/**
 * Makes the site's scripts inert but keeps them in the page: a real page's DOM carries its scripts
 * (both extractors copy and skip them), but the benchmark must not run them. Data scripts such as
 * JSON-LD are left as they are.
 */
function withInertScripts(html: string): string {
  return html.replace(/<script\b([^>]*)>/gi, (whole, attrs: string) => {
    if (/type\s*=\s*["']?application\/(?:ld\+)?json/i.test(attrs)) return whole;
    const rest = attrs.replace(/\s(?:type|src|async|defer)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '').replace(/\s(?:async|defer)\b/gi, '');
    return `<script type="text/x-inert"${rest}>`;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall-clock times of alternating runs (the benchmark's headline measure). */
async function wallTimes(page: Page, url: string): Promise<{ readabilityMs: number; pipelineMs: number }> {
  const result = await page.evaluate(
    ({ runs, warmup, pageUrl }) => {
      const api = Reflect.get(globalThis, '__gleanerExtractSpeed') as {
        readability: (d: Document) => number;
        pipeline: (d: Document, u: string) => number;
      };
      const r: number[] = [];
      const p: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const t0 = performance.now();
        api.readability(document);
        const t1 = performance.now();
        api.pipeline(document, pageUrl);
        const t2 = performance.now();
        if (i >= warmup) {
          r.push(t1 - t0);
          p.push(t2 - t1);
        }
      }
      return { r, p };
    },
    { runs: RUNS, warmup: WARMUP, pageUrl: url },
  );
  return { readabilityMs: median(result.r), pipelineMs: median(result.p) };
}

/** CPU seconds used so far by each renderer process of the browser. */
async function rendererCpu(cdp: CDPSession): Promise<Map<number, number>> {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
}

/** CPU milliseconds per run of each extractor, from blocks of runs in alternating order (--cpu). */
async function cpuTimes(page: Page, url: string, cdp: CDPSession): Promise<{ readabilityMs: number; pipelineMs: number }> {
  const run = (which: 'readability' | 'pipeline', n: number): Promise<unknown> =>
    page.evaluate(
      ({ which, n, pageUrl }) => {
        const api = Reflect.get(globalThis, '__gleanerExtractSpeed') as Record<string, (d: Document, u: string) => number>;
        for (let i = 0; i < n; i++) api[which]?.(document, pageUrl);
      },
      { which, n, pageUrl: url },
    );
  await run('readability', WARMUP);
  await run('pipeline', WARMUP);
  const total = { readability: 0, pipeline: 0 };
  for (let round = 0; round < CPU_ROUNDS; round++) {
    const order = round % 2 ? (['pipeline', 'readability'] as const) : (['readability', 'pipeline'] as const);
    for (const which of order) {
      const before = await rendererCpu(cdp);
      await run(which, CPU_BLOCK);
      const after = await rendererCpu(cdp);
      // The page's renderer is the one that worked (others idle).
      total[which] += Math.max(0, ...[...after].map(([pid, t]) => t - (before.get(pid) ?? t)));
    }
  }
  const perRun = (seconds: number): number => (seconds * 1000) / (CPU_BLOCK * CPU_ROUNDS);
  return { readabilityMs: perRun(total.readability), pipelineMs: perRun(total.pipeline) };
}

async function main(): Promise<number> {
  statSync(CHROMIUM);
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const timings: Timing[] = [];
  try {
    // JavaScript stays on (DOMPurify's Trusted Types policy needs it), but the site's own scripts are
    // made inert and every subresource is refused: the benchmark measures extraction only.
    const context = await browser.newContext();
    const cpu = CPU_MODE ? await browser.newBrowserCDPSession() : null;
    for (const { id, html: original, kb } of pagesNear100k()) {
      const html = withInertScripts(original);
      const page = await context.newPage();
      const url = `https://bench.invalid/${id}.html`;
      await page.route('**/*', (route) =>
        route.request().url() === url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
      );
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      timings.push({ page: id, kb, ...(cpu ? await cpuTimes(page, url, cpu) : await wallTimes(page, url)) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const rows = timings.map((t) => `| ${t.page.slice(0, 12)} | ${t.kb} | ${t.readabilityMs.toFixed(1)} | ${t.pipelineMs.toFixed(1)} | ${(t.pipelineMs / t.readabilityMs).toFixed(2)}× |`);
  const table = ['| page | document KB | Readability ms | pipeline ms | ratio |', '|---|---:|---:|---:|---:|', ...rows].join('\n');
  // The headline is the median page ratio: one page alone swings with what Readability finds there.
  const ratios = timings.map((t) => t.pipelineMs / t.readabilityMs);
  const ratio = median(ratios.slice(0, PAGES));
  const wider = `${timings.length} pages closest to 100 KB: median ${median(ratios).toFixed(2)}×, worst ${Math.max(...ratios).toFixed(2)}×, ${ratios.filter((r) => r <= TARGET_RATIO).length} of ${ratios.length} within ${TARGET_RATIO}×`;
  process.stdout.write(`${table}\n\nmedian ratio on the ${PAGES} pages closest to 100 KB: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×)\n${wider}\n`);
  if (CPU_MODE) process.stdout.write(`(CPU time per run, ${CPU_ROUNDS} alternating blocks of ${CPU_BLOCK} runs each; not written to BENCHMARKS.md)\n`);
  if (!process.argv.includes('--no-write') && !CPU_MODE) {
    writeBenchmarkSection(
      join(ROOT, 'BENCHMARKS.md'),
      'extract-speed',
      [
        '## Extraction speed in Chromium (pipeline vs raw Readability)',
        '',
        `Command: \`npx tsx scripts/bench/extraction-speed.ts\` · headless Chromium (${CHROMIUM}), the site's scripts kept in the page but inert, subresources refused, median of ${RUNS} alternating runs after ${WARMUP} warm-ups; both start from the live page and include their own copy of it (the whole page for Readability; the story region or the whole page for the pipeline) · ${new Date().toISOString().slice(0, 10)}`,
        '',
        table,
        '',
        `Median ratio over the ${PAGES} pages closest to 100 KB (the first rows): **${ratio.toFixed(2)}×** (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'not met'}). Wider sample, ${wider}.`,
      ].join('\n'),
    );
  }
  return ratio <= TARGET_RATIO ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
