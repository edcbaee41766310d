/**
 * `npm run bench:images`: what storing images adds to a clip, in headless Chromium with the built
 * extension. A 20-image article (10 same-origin images read from the HTTP cache, 10 CORS images from
 * another origin drawn to a canvas) is clipped with image storage off and on, alternately; the
 * median difference is the capture overhead. Also reports the bytes stored per clip. Writes its
 * section of BENCHMARKS.md.
 */
import { join } from 'node:path';
import { launchExtension, tabIdOf, type ExtensionBrowser } from '../../test/e2e/harness/extension';
import { startRouteServer } from '../../test/e2e/harness/image-server';
import { writeBenchmarkSection } from './lib/benchmarks-file';

const RUNS = Number(process.env.BENCH_IMAGES_RUNS ?? 7);
const IMAGES = 20;
const W = 800;
const H = 450;

/** Photo-like JPEGs (gradients plus noise, quality 0.85, as news sites serve), drawn by the browser itself. */
async function photos(ext: ExtensionBrowser): Promise<Buffer[]> {
  const page = await ext.context.newPage();
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const encoded: unknown = await page.evaluate(`(() => {
    const out = [];
    for (let seed = 0; seed < ${IMAGES}; seed++) {
      const canvas = document.createElement('canvas');
      canvas.width = ${W}; canvas.height = ${H};
      const ctx = canvas.getContext('2d');
      const gradient = ctx.createLinearGradient(0, 0, ${W}, ${H});
      gradient.addColorStop(0, 'hsl(' + seed * 37 + ', 60%, 40%)');
      gradient.addColorStop(1, 'hsl(' + (seed * 37 + 120) + ', 50%, 70%)');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, ${W}, ${H});
      const image = ctx.getImageData(0, 0, ${W}, ${H});
      let state = seed * 2654435761;
      for (let i = 0; i < image.data.length; i += 4) {
        state = (state * 1103515245 + 12345) >>> 0;
        const n = ((state >>> 24) & 31) - 16;
        image.data[i] += n; image.data[i + 1] += n; image.data[i + 2] += n;
      }
      ctx.putImageData(image, 0, 0);
      out.push(canvas.toDataURL('image/jpeg', 0.85).split(',')[1]);
    }
    return out;
  })()`);
  await page.close();
  if (!Array.isArray(encoded)) throw new Error('no photos');
  return encoded.map((b64) => Buffer.from(String(b64), 'base64'));
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n}: the council's plan for the rail yard drew comments from residents, planners and the transit agency, who each asked for changes to the design before the final vote next month.</p>`;

function page(cdn: string): string {
  const figures = Array.from({ length: IMAGES }, (_, i) => {
    const src = i % 2 === 0 ? `/img/${i}.jpg` : `${cdn}/img/${i}.jpg`;
    const cors = i % 2 === 0 ? '' : ' crossorigin="anonymous"';
    return `${paragraph(i)}<figure><img src="${src}"${cors} alt="Photo ${i}" width="${W}" height="${H}"><figcaption>Photo ${i}.</figcaption></figure>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rail yard plan, in pictures</title></head><body><main><article><h1>Rail yard plan, in pictures</h1>${figures}${paragraph(99)}</article></main></body></html>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function clipOnce(ext: ExtensionBrowser, tabId: number, images: boolean): Promise<{ ms: number; stored: number }> {
  return ext.worker.evaluate(
    async ([id, enabled]) => {
      await chrome.storage.local.set({ imageSettings: { enabled, perClipMb: 10, libraryMb: 2048 } });
      const api: unknown = Reflect.get(globalThis, 'gleaner');
      const fn: unknown = api && Reflect.get(Object(api), 'onCommand');
      if (typeof fn !== 'function') throw new Error('handlers not exposed');
      const started = performance.now();
      const outcome: unknown = await fn('clip-page', id);
      const ms = performance.now() - started;
      const imagesOut: unknown = Reflect.get(Object(outcome), 'images');
      return { ms, stored: Number(Reflect.get(Object(imagesOut ?? {}), 'stored') ?? 0) };
    },
    [tabId, images] as const,
  );
}

const ext = await launchExtension();
const bytes = Object.fromEntries((await photos(ext)).map((jpeg, i) => [`/img/${i}.jpg`, jpeg]));
const cdn = await startRouteServer(
  Object.fromEntries(Object.entries(bytes).map(([path, body]) => [path, { body, type: 'image/jpeg', headers: { 'access-control-allow-origin': '*' } }])),
);
const site = await startRouteServer({
  '/news/gallery.html': { body: page(cdn.origin.replace('127.0.0.1', 'localhost')), type: 'text/html; charset=utf-8' },
  ...Object.fromEntries(Object.entries(bytes).map(([path, body]) => [path, { body, type: 'image/jpeg' }])),
});
try {
  const tab = await ext.context.newPage();
  await tab.setViewportSize({ width: 1280, height: 900 });
  await tab.goto(`${site.origin}/news/gallery.html`);
  await tab.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  const tabId = await tabIdOf(ext, tab.url());
  // Warm-up: the first clip injects the extractor and opens the database.
  await clipOnce(ext, tabId, false);
  await clipOnce(ext, tabId, true);
  const off: number[] = [];
  const on: number[] = [];
  let stored = 0;
  for (let run = 0; run < RUNS; run++) {
    off.push((await clipOnce(ext, tabId, false)).ms);
    const result = await clipOnce(ext, tabId, true);
    on.push(result.ms);
    stored = result.stored;
  }
  const storedBytes = await ext.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gleaner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('images').objectStore('images').getAll();
          request.onsuccess = () => {
            resolve(request.result.reduce((sum: number, row: { size: number }) => sum + row.size, 0));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  const sourceBytes = Object.values(bytes).reduce((sum, b) => sum + b.length, 0);
  const overhead = median(on) - median(off);
  const lines = [
    '## Image capture at clip time (`npm run bench:images`)',
    '',
    `A ${IMAGES}-image article (${W}×${H} photo-like JPEGs, ${(sourceBytes / 1024 / 1024).toFixed(1)} MB in all; 10 same-origin read from the HTTP cache, 10 CORS images from another origin drawn to a canvas and re-encoded) served on 127.0.0.1 and clipped in headless Chromium with the built extension, image storage off and on alternately, ${RUNS} runs each after a warm-up.`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| clip, images off (median) | ${median(off).toFixed(0)} ms |`,
    `| clip, images on (median) | ${median(on).toFixed(0)} ms |`,
    `| capture overhead (median difference; budget ≤ 300 ms) | ${overhead.toFixed(0)} ms |`,
    `| images stored per clip | ${stored} of ${IMAGES} |`,
    `| image bytes stored for the clip | ${(storedBytes / 1024 / 1024).toFixed(2)} MB |`,
    '',
    `Command: \`npm run bench:images\`, ${new Date().toISOString().slice(0, 10)}. 2 shared cores; no GPU.`,
  ];
  writeBenchmarkSection(join(import.meta.dirname, '..', '..', 'BENCHMARKS.md'), 'images', lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await ext.close();
  await site.close();
  await cdn.close();
}
