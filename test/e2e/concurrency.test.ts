/// <reference types="chrome" />
import { createServer, type Server } from 'node:http';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePage } from '../unit/xss-corpus/corpus';
import { E2E_BROWSER, launchExtension, tabIdOf, type ExtensionBrowser } from './harness/extension';

// Many clips at once, the same article twice at once, and the service worker stopped in the middle
// of a clip (MV3 stops idle or busy workers whenever it likes): no duplicates, no lost tags, and a
// clip in flight is either saved or reported as failed — never silently lost.

const STORIES = 20;
const storyPath = (n: number) => `/news/2024/05/${n}/story`;
const BUSY_MS = 6_000;

async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    const story = /^\/news\/2024\/05\/(\d+)\/story$/.exec(path);
    let html: string | undefined;
    if (story) html = hostilePage({ headline: `Story number ${story[1]} about the harbour budget vote` });
    else if (path === '/news/dup/story') html = hostilePage({ headline: 'The same story opened in two tabs' });
    else if (path === '/news/slow/story') {
      // Its main thread is busy while it loads, so a clip started now waits inside the worker.
      html = hostilePage({ headline: 'A story whose page is slow to settle' }).replace(
        '</body>',
        `<script>const end = Date.now() + ${BUSY_MS}; while (Date.now() < end) {}</script></body>`,
      );
    }
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  const { port } = address;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface StoredClip {
  id: number;
  url: string;
  canonicalUrl: string;
  title: string;
  tags: string[];
}

/** Every clip, read from IndexedDB in an extension page (works while the worker is stopped). */
function clipsIn(page: Page): Promise<StoredClip[]> {
  return page.evaluate(
    () =>
      new Promise<StoredClip[]>((resolve, reject) => {
        const open = indexedDB.open('gleaner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('clips').objectStore('clips').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Send a message to the background from an extension page, as the popup and library do. */
function send(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

describe('concurrency and service-worker restarts', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let extensionPage: Page;

  async function tabIdOfUrl(url: string): Promise<number[]> {
    // Every tab, compared here: Firefox's match patterns cannot hold a port, so `query({ url })` finds none.
    return ext.worker.evaluate(
      async (wanted) => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined || t.url !== wanted ? [] : [t.id])),
      url,
    );
  }

  /** Clip tabs at the same moment through the background's own command handler. */
  function clipAtOnce(tabIds: number[]): Promise<Array<{ ok: boolean; status?: string; code?: string }>> {
    return ext.worker.evaluate(async (ids) => {
      const api: unknown = Reflect.get(globalThis, 'gleaner');
      const onCommand: unknown = api && Reflect.get(Object(api), 'onCommand');
      if (typeof onCommand !== 'function') throw new Error('handlers not exposed');
      return Promise.all(ids.map((id) => onCommand('clip-page', id)));
    }, tabIds);
  }

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension();
    extensionPage = await ext.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('20 tabs clipped at once give 20 clips, no duplicates, and tags added meanwhile are kept', async () => {
    const pages: Page[] = [];
    for (let n = 1; n <= STORIES; n++) {
      const page = await ext.context.newPage();
      await page.goto(server.origin + storyPath(n));
      pages.push(page);
    }
    const tabIds = (await Promise.all(pages.map((page) => tabIdOfUrl(page.url())))).map((ids) => ids[0] ?? -1);
    expect(new Set(tabIds).size).toBe(STORIES);

    // Five are in the library already: the batch re-clips them while their tags change.
    const early = await clipAtOnce(tabIds.slice(0, 5));
    expect(early.map((outcome) => outcome.status)).toEqual(['created', 'created', 'created', 'created', 'created']);

    const tagged = new Map<number, string>();
    const batch = clipAtOnce(tabIds);
    let done = false;
    void batch.finally(() => {
      done = true;
    });
    // While the batch runs, tag every clip that exists (the five early ones, then new ones as they land).
    while (!done) {
      for (const clip of await clipsIn(extensionPage)) {
        if (tagged.has(clip.id)) continue;
        const tag = `kept-${clip.id}`;
        tagged.set(clip.id, tag);
        await send(extensionPage, 'setTags', { id: clip.id, tags: [...clip.tags, tag] });
      }
    }
    const outcomes = await batch;
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes.filter((outcome) => outcome.status === 'updated')).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.status === 'created')).toHaveLength(STORIES - 5);

    const clips = await clipsIn(extensionPage);
    expect(clips).toHaveLength(STORIES);
    expect(new Set(clips.map((clip) => clip.canonicalUrl)).size).toBe(STORIES);
    expect(clips.map((clip) => clip.title).sort()).toEqual(
      Array.from({ length: STORIES }, (_, i) => `Story number ${i + 1} about the harbour budget vote`).sort(),
    );
    expect(tagged.size).toBeGreaterThanOrEqual(5);
    for (const [id, tag] of tagged) expect(clips.find((clip) => clip.id === id)?.tags, `clip ${id}`).toContain(tag);
    for (const page of pages) await page.close();
  });

  it('the same URL clipped from two tabs at once gives one clip', async () => {
    const url = `${server.origin}/news/dup/story`;
    const first = await ext.context.newPage();
    const second = await ext.context.newPage();
    await Promise.all([first.goto(url), second.goto(url)]);
    const tabIds = await tabIdOfUrl(url);
    expect(tabIds).toHaveLength(2);
    const outcomes = await clipAtOnce(tabIds);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['created', 'updated']);
    expect((await clipsIn(extensionPage)).filter((clip) => clip.url === url)).toHaveLength(1);
    await first.close();
    await second.close();
  });

  // One case per browser under the same heading: Chromium stops the worker mid-clip over CDP; Firefox
  // has no such control, so the Firefox case checks what its event page promises instead.
  const firefoxIdleCase: [string, () => Promise<void>] = [
    '(Firefox: no driver can stop an event page mid-clip) the event page, stopped when idle, wakes for the popup\'s clip; popup and library recover',
    async () => {
      // Firefox stops its MV3 event page only when idle: a browser whose idle timeout is 2 s shows it.
      const idle = await launchExtension({ firefoxPrefs: { 'extensions.background.idle.timeout': 2_000 } });
      try {
        const library = await idle.openExtensionPage('library.html');
        await library.getByTestId('library-list').waitFor({ state: 'attached' });
        const url = server.origin + storyPath(99);
        const article = await idle.context.newPage();
        await article.goto(url);
        const tabId = await tabIdOf(idle, url);
        const popup = await idle.openExtensionPage(`popup.html?tab=${tabId}`);
        await popup.locator('[data-testid="clip-button"]:enabled').waitFor();
        // The background page is listed among the extension's views while it runs, and not once stopped.
        const backgroundRuns = () =>
          popup.evaluate(() => chrome.extension.getViews().some((view) => view.location.pathname.includes('background')));
        await expect.poll(backgroundRuns, { timeout: 30_000 }).toBe(false);

        await popup.getByTestId('clip-button').click();
        await expect.poll(() => popup.getByTestId('clip-result').getAttribute('data-status'), { timeout: 30_000 }).toBe('created');
        expect(await backgroundRuns()).toBe(true);
        expect((await clipsIn(popup)).filter((clip) => clip.url === url)).toHaveLength(1);
        await expect.poll(() => library.getByTestId('library-count').getAttribute('data-count'), { timeout: 10_000 }).toBe('1');
      } finally {
        await idle.close();
      }
    },
  ];

  const chromiumStopCase: [string, () => Promise<void>] = ['a clip in flight when the service worker stops is reported failed or saved; popup and library recover', async () => {
    const library = await ext.openExtensionPage('library.html');
    await expect.poll(() => library.getByTestId('library-count').getAttribute('data-count')).toBe(String(STORIES + 1));
    const before = (await clipsIn(extensionPage)).length;

    const url = `${server.origin}/news/slow/story`;
    const article = await ext.context.newPage();
    await article.goto(url, { waitUntil: 'commit' });
    // Right after commit the tab may still report its previous address: wait until it shows this one.
    await expect.poll(async () => (await tabIdOfUrl(url)).length).toBe(1);
    const [tabId] = await tabIdOfUrl(url);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    const button = popup.locator('[data-testid="clip-button"]:enabled');
    await button.click();
    await expect.poll(() => popup.getByTestId('clip-button').getAttribute('aria-busy')).toBe('true');

    // Stop the worker mid-clip, as Chrome does (CDP ServiceWorker.stopWorker).
    const cdp: CDPSession = await ext.context.newCDPSession(popup);
    const versions = new Map<string, { url: string; status: string }>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
      for (const v of updated) versions.set(v.versionId, { url: v.scriptURL, status: v.runningStatus });
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => [...versions.values()].some((v) => v.url.endsWith('/background.js') && v.status === 'running')).toBe(true);
    for (const [versionId, v] of versions) if (v.url.endsWith('/background.js')) await cdp.send('ServiceWorker.stopWorker', { versionId });
    await expect.poll(() => [...versions.values()].some((v) => v.url.endsWith('/background.js') && v.status === 'stopped')).toBe(true);

    // The popup says what happened instead of spinning forever.
    const result = popup.getByTestId('clip-result');
    await result.waitFor({ timeout: 10_000 });
    const status = await result.getAttribute('data-status');
    const stored = (await clipsIn(extensionPage)).filter((clip) => clip.url === url);
    if (status === 'error') {
      expect((await result.textContent())?.length ?? 0).toBeGreaterThan(10);
      expect(stored).toHaveLength(0);
    } else {
      expect(status).toBe('created');
      expect(stored).toHaveLength(1);
    }

    // Once the page has settled, the same popup clips it: the worker starts again on the message.
    await article.waitForLoadState('load');
    await button.click();
    await expect.poll(() => popup.getByTestId('clip-result').getAttribute('data-status'), { timeout: 30_000 }).toMatch(/created|updated/);
    expect((await clipsIn(extensionPage)).filter((clip) => clip.url === url)).toHaveLength(1);
    expect(await clipsIn(extensionPage)).toHaveLength(before + 1);
    // The library page, open all along, shows the new clip.
    await expect.poll(() => library.getByTestId('library-count').getAttribute('data-count')).toBe(String(before + 1));
    await cdp.detach();
  }];
  it(...(E2E_BROWSER === 'firefox' ? firefoxIdleCase : chromiumStopCase));
});
