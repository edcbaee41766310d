/**
 * `npm run bench:export`: in headless Chromium, export 10k synthetic clips to a Markdown ZIP and to a
 * JSON backup, then restore the backup into IndexedDB — each must take ≤ 5 s. The real export code
 * is bundled with esbuild and runs in a page served from 127.0.0.1 (IndexedDB needs an origin).
 * Figures go to BENCHMARKS.md between the bench:export markers.
 *
 * Options: --clips N (default 10000), --runs N (default 3; medians reported).
 */
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { writeBenchmarkSection } from './lib/benchmarks-file';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUDGET_MS = 5000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

interface Phase {
  ms: number;
  bytes: number;
  peakHeapMB: number;
  startHeapMB: number;
}
interface Cpu {
  /** Renderer process CPU, ms. */
  cpuMs: number;
  /** The page's main-thread CPU, ms. */
  threadMs: number;
}
interface RestorePhase extends Phase {
  restored: number;
  phases: Record<string, number>;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const count = option('clips', 10_000);
  const runs = option('runs', 3);
  const bundle = await build({
    entryPoints: [join(ROOT, 'scripts/bench/export-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // Unrounded performance.memory figures.
      '--enable-precise-memory-info',
    ],
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    const gc = async (): Promise<void> => {
      await cdp.send('HeapProfiler.collectGarbage');
    };
    // Renderer CPU seconds (main thread + the whole renderer process): unlike wall time, these
    // don't grow when other jobs crowd the machine's two shared cores. IndexedDB's own work runs
    // in the browser process and is not in them.
    await cdp.send('Performance.enable');
    const cpu = async (): Promise<{ thread: number; process: number }> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
      return { thread: value('ThreadTime'), process: value('ProcessTime') };
    };
    const measured = async <T extends Phase>(run: () => Promise<T>): Promise<T & Cpu> => {
      const before = await cpu();
      const result = await run();
      const after = await cpu();
      return { ...result, cpuMs: (after.process - before.process) * 1000, threadMs: (after.thread - before.thread) * 1000 };
    };
    await page.goto(`http://127.0.0.1:${port}/`);
    const version = browser.version();
    const zips: Array<Phase & Cpu> = [];
    const jsons: Array<Phase & Cpu> = [];
    const restores: Array<RestorePhase & Cpu> = [];
    const loadBefore = loadavg()[0] ?? 0;
    let library = { clips: 0, chars: 0, heapMB: 0 };
    for (let run = 1; run <= runs; run++) {
      library = await page.evaluate((n) => globalThis.gleanerBench.generate(n), count);
      await gc();
      zips.push(await measured(() => page.evaluate(() => globalThis.gleanerBench.zip())));
      await gc();
      jsons.push(await measured(() => page.evaluate(() => globalThis.gleanerBench.json())));
      await page.evaluate(() => globalThis.gleanerBench.forget());
      await gc();
      restores.push(await measured(() => page.evaluate(() => globalThis.gleanerBench.restore())));
      await gc();
      const last = restores[restores.length - 1];
      console.log(
        `run ${run} (load ${(loadavg()[0] ?? 0).toFixed(1)}): zip ${s(zips[run - 1]?.ms ?? 0)}, json ${s(jsons[run - 1]?.ms ?? 0)}, restore ${s(last?.ms ?? 0)} ` +
          `(read ${s(last?.phases.read ?? 0)}, parse+validate ${s(last?.phases.parseAndValidate ?? 0)}, transaction ${s(last?.phases.transaction ?? 0)}), ` +
          `restored ${last?.restored}, re-export identical: ${last?.phases.identical === 1}`,
      );
    }
    const loadAfter = loadavg()[0] ?? 0;
    const row = (name: string, phases: Array<Phase & Cpu>, size: string): string => {
      const ms = median(phases.map((p) => p.ms));
      const peak = Math.max(...phases.map((p) => p.peakHeapMB));
      const start = median(phases.map((p) => p.startHeapMB));
      const cpuMs = median(phases.map((p) => p.cpuMs));
      const threadMs = median(phases.map((p) => p.threadMs));
      return `| ${name} | ${s(ms)} | ${s(Math.min(...phases.map((p) => p.ms)))} / ${s(Math.max(...phases.map((p) => p.ms)))} | ${s(threadMs)} / ${s(cpuMs)} | ${ms <= BUDGET_MS ? '✅' : '❌'} ≤ 5 s | ${size} | ${start.toFixed(0)} → ${peak.toFixed(0)} MB |`;
    };
    const restorePhase = (key: string): string => s(median(restores.map((r) => r.phases[key] ?? 0)));
    const allRestored = restores.every((r) => r.restored === count);
    const identical = restores.every((r) => r.phases.identical === 1);
    const body = [
      '## Export, backup and restore (`npm run bench:export`)',
      '',
      `${count.toLocaleString('en')} synthetic clips (40 % Korean, 60 % English; ~${Math.round(library.chars / count / 1000)}k characters of html+markdown+text each, ` +
        `${(library.chars / 1e6).toFixed(0)}M characters in all), exported by the real \`utils/export\` code bundled with esbuild and run in ` +
        `headless Chromium ${version} (page on 127.0.0.1, IndexedDB in the page's origin). Median of ${runs} runs; “heap” is ` +
        `\`performance.memory.usedJSHeapSize\` (precise) at the phase start → the peak sampled during it; the library itself holds ` +
        `~${library.heapMB.toFixed(0)} MB of it.`,
      '',
      '| Phase | Median wall | Best / worst | CPU: page thread / renderer | Budget | Output | JS heap |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      row(`Markdown ZIP (${count.toLocaleString('en')} .md + index.md, deflate 6) → Blob`, zips, mb(median(zips.map((p) => p.bytes)))),
      row('JSON backup → Blob (streamed pieces)', jsons, mb(median(jsons.map((p) => p.bytes)))),
      row('Restore: read file, validate (valibot), one IndexedDB transaction', restores, `${count.toLocaleString('en')} clips`),
      '',
      `Restore breakdown (medians): read ${restorePhase('read')}, JSON.parse + schema validation ${restorePhase('parseAndValidate')}, ` +
        `transaction ${restorePhase('transaction')} (for comparison: the same rows written to the clips table alone, without summaries and ` +
        `search data, take ${restorePhase('clipsOnly')}). Every run restored ${allRestored ? 'all' : 'NOT all'} clips, and the restored library ` +
        `re-exported to ${identical ? 'byte-identical' : 'DIFFERENT'} JSON.`,
      '',
      `Machine load (1-minute average, 2 shared cores) was ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the runs: ` +
        'other jobs share these cores, so wall times swing with them. CPU time does not: the page thread\'s CPU is what the ' +
        'export would take on an idle machine (the ZIP and JSON export are single-threaded); a restore also waits for ' +
        'IndexedDB, whose writes run in the browser process and are not in these CPU figures.',
      '',
      `Command: \`npm run bench:export\` (\`--clips ${count} --runs ${runs}\`), ${new Date().toISOString().slice(0, 10)}.`,
    ].join('\n');
    writeBenchmarkSection(join(ROOT, 'BENCHMARKS.md'), 'export', body);
    console.log(`\n${body}`);
    const slow = [zips, jsons, restores].some((phases) => median(phases.map((p) => p.ms)) > BUDGET_MS);
    if (slow || !allRestored || !identical) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

declare global {
  var gleanerBench: {
    generate(n: number): { clips: number; chars: number; heapMB: number };
    zip(): Promise<Phase>;
    json(): Promise<Phase>;
    forget(): void;
    restore(): Promise<RestorePhase>;
  };
}

await main();
