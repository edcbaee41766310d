/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, tabIdOf, type ExtensionBrowser } from './harness/extension';
import { solidPng, startRouteServer, type RouteServer } from './harness/image-server';

const PARAGRAPH =
  'The city council voted on Tuesday to turn the old rail yard into a public park, ending a decade of debate over the site. ' +
  'Residents who had campaigned for the change filled the chamber, and several spoke about the years of meetings it took. ';

const png = (w: number, h: number, rgb: [number, number, number]) => ({ body: solidPng(w, h, rgb), type: 'image/png' });

/** An article whose images load the ways news sites load them: lazily, by srcset, by <picture>, from a CDN. */
function articlePage(cdn: string): string {
  const p = (n: number) => `<p>${PARAGRAPH.repeat(2)} (${n})</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council turns rail yard into park</title></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Council turns rail yard into park</h1>
${p(1)}
<figure><img class="lazy" src="/img/blank.gif" data-src="/img/lazy.png" alt="The rail yard" width="600" height="400"><figcaption>The rail yard today.</figcaption></figure>
${p(2)}
<figure><img src="/img/small.png" srcset="/img/small.png 300w, /img/large.png 900w" sizes="600px" alt="Plans" width="600" height="300"><figcaption>The plans.</figcaption></figure>
${p(3)}
<figure><picture><source srcset="/img/picture.png" type="image/png"><img src="/img/fallback.png" alt="Council chamber" width="500" height="300"></picture><figcaption>The chamber.</figcaption></figure>
${p(4)}
<figure><img src="${cdn}/cors.png" crossorigin="anonymous" alt="Map from a CDN with CORS" width="400" height="300"><figcaption>Map.</figcaption></figure>
${p(5)}
<figure><img src="${cdn}/tainted.png" alt="Photo from a CDN without CORS" width="400" height="300"><figcaption>Photo.</figcaption></figure>
${p(6)}${p(7)}
</article></main>
<script>
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) { e.target.src = e.target.dataset.src; io.unobserve(e.target); }
  });
  document.querySelectorAll('img.lazy').forEach((img) => io.observe(img));
</script></body></html>`;
}

describe('images stored with the clip', () => {
  let ext: ExtensionBrowser;
  let site: RouteServer;
  let cdn: RouteServer;

  beforeAll(async () => {
    cdn = await startRouteServer({
      '/cors.png': { ...png(400, 300, [10, 120, 200]), headers: { 'access-control-allow-origin': '*' } },
      '/tainted.png': png(400, 300, [200, 40, 40]),
    });
    // Another origin for the page: "localhost" is not "127.0.0.1" to the browser.
    const cdnOrigin = cdn.origin.replace('127.0.0.1', 'localhost');
    site = await startRouteServer({
      '/news/park.html': { body: articlePage(cdnOrigin), type: 'text/html; charset=utf-8' },
      '/img/blank.gif': { body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'), type: 'image/gif' },
      '/img/lazy.png': png(600, 400, [30, 160, 60]),
      '/img/small.png': png(300, 150, [90, 90, 90]),
      '/img/large.png': png(900, 450, [120, 60, 160]),
      '/img/picture.png': png(500, 300, [220, 180, 40]),
      '/img/fallback.png': png(500, 300, [0, 0, 0]),
    });
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close().catch(() => undefined);
    await cdn?.close().catch(() => undefined);
  });

  it('clips a page with lazy images, and the reader shows them with the site gone', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.origin}/news/park.html`);
    // Scroll the lazy image into view, as a reader would, and wait until every image has loaded.
    await page.locator('img.lazy').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 1)), { timeout: 10_000 })
      .toBe(true);
    const before = site.requests.length + cdn.requests.length;

    const tabId = await tabIdOf(ext, page.url());
    const outcome = await ext.worker.evaluate(async (id) => {
      const api: unknown = Reflect.get(globalThis, 'gleaner');
      const fn: unknown = api && Reflect.get(Object(api), 'onCommand');
      if (typeof fn !== 'function') throw new Error('handlers not exposed');
      return fn('clip-page', id);
    }, tabId);
    // Same-origin images and the CORS one are stored; the cross-origin one without CORS cannot be read.
    expect(outcome).toMatchObject({ ok: true, images: { stored: 4, skipped: 1, quota: 0 } });
    // Capturing asked nothing of either server: the images came from the page, not the network.
    expect(site.requests.length + cdn.requests.length).toBe(before);
    await page.close();

    await site.close();
    await cdn.close();
    const clipId = Number(Reflect.get(Object(Reflect.get(Object(outcome), 'clip')), 'id'));
    const library = await ext.context.newPage();
    const remote: string[] = [];
    library.on('request', (request) => {
      if (/^https?:/.test(request.url())) remote.push(request.url());
    });
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/clip/${clipId}`);
    await expect.poll(() => library.getByTestId('reader').getAttribute('data-state')).toBe('ready');
    const body = library.getByTestId('reader-body');
    await expect.poll(() => body.locator('img[data-stored="true"]').count(), { timeout: 10_000 }).toBe(4);
    // The reader loads images lazily: bring each into view, as reading would.
    for (const img of await body.locator('img[data-stored="true"]').all()) await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        body.evaluate((el) => [...el.querySelectorAll('img[data-stored="true"]')].map((img) => (img instanceof HTMLImageElement ? `${img.naturalWidth}x${img.naturalHeight}` : ''))),
      )
      // The srcset image is the size the page showed (900w for a 600 px slot), the <picture> its source.
      .toEqual(['600x400', '900x450', '500x300', '400x300']);
    const srcs = await body.locator('img[data-stored="true"]').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src') ?? ''));
    expect(srcs.every((src) => src.startsWith('blob:chrome-extension://'))).toBe(true);
    // Only the image that was not stored waits behind "Show images".
    expect(await body.locator('img[data-remote-src]').count()).toBe(1);
    expect(await library.getByTestId('reader-show-images').count()).toBe(1);
    expect(remote).toEqual([]);
  });
});
