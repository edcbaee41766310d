/**
 * `npm run bench:scroll`: the library page's list at 100,000 clips in headless Chromium with the built
 * extension. The clips (short synthetic ones: the list shows only summaries) are restored through the
 * library's own "Restore from a backup" control; then the list is scrolled by wheel and by dragging
 * far, and every animation frame's duration is recorded. Writes its section of BENCHMARKS.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clip } from '../../utils/db/clip';
import { serializeBackup } from '../../utils/export/backup';
import { launchExtension } from '../../test/e2e/harness/extension';
import { writeBenchmarkSection } from './lib/benchmarks-file';

const COUNT = Number(process.env.BENCH_SCROLL_CLIPS ?? 100_000);
const WORDS = ['성동구', '일자리', '청년', 'climate', 'council', 'budget', '経済', '政策', 'election', '주민', 'market', '芯片'];

function clip(i: number): Clip {
  const word = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length] ?? '';
  const text = `${word(1)} ${word(2)} report number ${i}. ${word(3)} ${word(4)}.`;
  const day = new Date(Date.UTC(2020, 0, 1) + (i % 1800) * 86_400_000).toISOString().slice(0, 10);
  return {
    id: i + 1, url: `https://news${i % 97}.example/a/${i}`, canonicalUrl: `https://news${i % 97}.example/a/${i}`,
    title: `${word(0)} ${word(5)} — story ${i}`, byline: `Reporter ${i % 300}`, authors: [`Reporter ${i % 300}`],
    published: `${day}T09:00:00+09:00`, modified: null, siteName: `News ${i % 97}`, lang: i % 3 ? 'en' : 'ko',
    excerpt: text, leadImage: null, keywords: [], html: `<p>${text}</p>`, markdown: text, text,
    wordCount: 12, charCount: 60, confidence: 0.9, mode: 'article',
    clippedAt: 1_700_000_000_000 + i * 1000, updatedAt: 1_700_000_000_000 + i * 1000, tags: i % 5 ? [] : [word(6)], note: '',
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const dir = mkdtempSync(join(tmpdir(), 'gleaner-scroll-'));
const file = join(dir, 'backup.json');
let started = performance.now();
writeFileSync(file, serializeBackup(Array.from({ length: COUNT }, (_, i) => clip(i)), { appVersion: 'bench' }));
const generateSeconds = (performance.now() - started) / 1000;

const ext = await launchExtension();
try {
  const page = await ext.openExtensionPage('library.html');
  await page.setViewportSize({ width: 1280, height: 900 });
  started = performance.now();
  await page.getByTestId('restore-file').setInputFiles(file);
  await page.getByTestId('restore-run').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="restore-status"]')?.getAttribute('data-state') === 'ok', null, { timeout: 600_000 });
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="library-count"]')?.getAttribute('data-count')) === n, COUNT, { timeout: 120_000 });
  const restoreSeconds = (performance.now() - started) / 1000;

  const list = page.getByTestId('library-list');
  await list.hover();
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    const frames = [];
    let last = performance.now();
    window.__benchFrames = frames;
    requestAnimationFrame(function tick(now) {
      frames.push(now - last);
      last = now;
      if (window.__benchFrames !== 'stop') requestAnimationFrame(tick);
    });
  })()`);
  for (let i = 0; i < 150; i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(16);
  }
  // Jump far (as dragging the scrollbar does), then wheel again at the deep position.
  await list.evaluate((el) => {
    el.scrollTop = el.scrollHeight * 0.8;
  });
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(16);
  }
  const frames: number[] = await page.evaluate(() => {
    const recorded: unknown = Reflect.get(window, '__benchFrames');
    Reflect.set(window, '__benchFrames', 'stop');
    return Array.isArray(recorded) ? recorded.filter((v): v is number => typeof v === 'number').slice(1) : [];
  });
  const rows = await page.getByTestId('library-row').count();
  const dropped = frames.filter((f) => f > 1000 / 60 * 1.5).length;
  const long = frames.filter((f) => f > 50).length;
  const lines = [
    '## Library list at scale (`npm run bench:scroll`)',
    '',
    `${COUNT.toLocaleString('en')} short synthetic clips restored through the library page's own restore control into the built extension (headless Chromium, viewport 1280×900); then 150 wheel steps down, a jump to 80 % of the list, and 60 wheel steps up, with every animation frame's duration recorded.`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| rows in the DOM while scrolling | ${rows} |`,
    `| frames recorded | ${frames.length} |`,
    `| frame time p50 / p95 / max | ${percentile(frames, 50).toFixed(1)} / ${percentile(frames, 95).toFixed(1)} / ${Math.max(...frames).toFixed(1)} ms |`,
    `| frames over 25 ms (a dropped frame at 60 Hz) | ${dropped} (${((dropped / Math.max(1, frames.length)) * 100).toFixed(1)} %) |`,
    `| frames over 50 ms (visible jank) | ${long} |`,
    `| restore of the ${COUNT.toLocaleString('en')} clips (file → one transaction → list shown) | ${restoreSeconds.toFixed(1)} s |`,
    `| generating the backup file in Node | ${generateSeconds.toFixed(1)} s |`,
    '',
    `Command: \`npm run bench:scroll\`, ${new Date().toISOString().slice(0, 10)}. Headless Chromium paints without a GPU on 2 shared cores, so frame times are an upper bound.`,
  ];
  writeBenchmarkSection(join(import.meta.dirname, '..', '..', 'BENCHMARKS.md'), 'scroll', lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await ext.close();
  rmSync(dir, { recursive: true, force: true });
}
