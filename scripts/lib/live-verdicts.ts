/// <reference types="chrome" />
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Page, Worker } from 'playwright-core';

// Pages judged the way a user meets the detector: each one served on 127.0.0.1 at its real path,
// opened in its own tab of a Chromium that has the built extension, page scripts on, every request
// outside 127.0.0.1 refused, and the verdict read off the toolbar badge the background set for that
// tab. Each concurrent tab gets its own server port, so pages sharing a path (many are "/") never
// collide and the tab's URL identifies it.

/** A page to judge live. */
export interface LivePage {
  id: string;
  /** The page's real URL: its path and query are kept, the origin becomes 127.0.0.1. */
  url: string;
  html: string;
}

/** What the badge said for one page. */
export interface LiveVerdict {
  id: string;
  /** The badge showed the article mark. */
  isArticle: boolean;
  /** The content script reported at all (the badge title left its default). */
  reported: boolean;
  /** The URL the tab ended on (page scripts may navigate). */
  finalUrl: string;
  /** Whatever `probe` returned, evaluated in the page after the badge was read. */
  probe?: unknown;
}

/** How to judge: tabs at once, and how long to let late content and the re-check settle. */
export interface LiveOptions {
  concurrency?: number;
  /** Wait after the load event before reading the badge (covers the content script's re-checks). */
  settleMs?: number;
  /** Script text evaluated in the page's main world after the badge is read; its value is kept. */
  probe?: string;
  onProgress?: (done: number, total: number) => void;
}

const ARTICLE_BADGE = '●';
/** The most one page may take (load, report, settle, probe, close) before it counts as unjudged. */
const PAGE_BUDGET_MS = 45_000;

interface Slot {
  origin: string;
  page: LivePage | undefined;
  server: Server;
}

async function startSlot(): Promise<Slot> {
  const slot: Slot = { origin: '', page: undefined, server: createServer() };
  slot.server.on('request', (req, res) => {
    const current = slot.page;
    const wanted = current ? pathOf(current.url) : '';
    if (current && req.url === wanted) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(current.html);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => slot.server.listen(0, '127.0.0.1', resolve));
  const address = slot.server.address();
  if (address === null || typeof address === 'string') throw new Error('the page server has no port');
  slot.origin = `http://127.0.0.1:${address.port}`;
  return slot;
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return '/';
  }
}

/** Refuse every request whose host is not 127.0.0.1 (page scripts, images, fonts, frames, beacons). */
export async function refuseOutsideLoopback(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return /^https?:\/\/127\.0\.0\.1[:/]/.test(url) ? route.continue() : route.abort('blockedbyclient');
  });
}

async function badge(worker: Worker, tabId: number): Promise<{ text: string; title: string }> {
  return worker.evaluate(async (id) => {
    const [text, title] = await Promise.all([chrome.action.getBadgeText({ tabId: id }), chrome.action.getTitle({ tabId: id })]);
    return { text, title };
  }, tabId);
}

async function tabIdFor(worker: Worker, origin: string): Promise<number | undefined> {
  return worker.evaluate(async (prefix) => {
    // The slot's previous tab may still be closing (a busy page can take seconds): tab ids only
    // grow, so the newest tab on this origin is the one just opened.
    const tabs = await chrome.tabs.query({});
    const ids = tabs.filter((tab) => (tab.url ?? tab.pendingUrl ?? '').startsWith(`${prefix}/`)).map((tab) => tab.id ?? -1);
    return ids.length > 0 ? Math.max(...ids) : undefined;
  }, origin);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page whose scripts spin forever never answers an evaluate or a close: give up after `ms`. */
function within<T>(ms: number, work: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function judgeOne(context: BrowserContext, worker: Worker, slot: Slot, page: LivePage, defaultTitle: string, options: Required<Omit<LiveOptions, 'probe' | 'onProgress'>> & LiveOptions): Promise<LiveVerdict> {
  slot.page = page;
  const tab: Page = await context.newPage();
  try {
    const url = slot.origin + pathOf(page.url);
    // A page that never fires load (a script loops, a frame hangs) is still judged: the content
    // script runs at document_idle regardless.
    await tab.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
    const tabId = await tabIdFor(worker, slot.origin);
    let shown = { text: '', title: defaultTitle };
    if (tabId !== undefined) {
      for (let waited = 0; waited < 10_000; waited += 100) {
        shown = await badge(worker, tabId);
        if (shown.title !== defaultTitle || shown.text !== '') break;
        await sleep(100);
      }
      await sleep(options.settleMs);
      shown = await badge(worker, tabId);
    }
    const probe = options.probe
      ? await within(5_000, tab.evaluate(options.probe).catch((error: unknown) => ({ error: String(error) })), { error: 'timeout' })
      : undefined;
    return { id: page.id, isArticle: shown.text === ARTICLE_BADGE, reported: shown.title !== defaultTitle || shown.text !== '', finalUrl: tab.url(), probe };
  } finally {
    await within(5_000, tab.close({ runBeforeUnload: false }).catch(() => undefined), undefined);
    if (slot.page === page) slot.page = undefined;
  }
}

/** Judge every page live in `context` (which has the extension; `worker` is its service worker). */
export async function judgeLive(context: BrowserContext, worker: Worker, pages: readonly LivePage[], options: LiveOptions = {}): Promise<LiveVerdict[]> {
  const settings = { concurrency: 6, settleMs: 3_000, ...options };
  const defaultTitle = await worker.evaluate(() => chrome.action.getTitle({}));
  const slots = await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, () => startSlot()));
  const results = new Map<string, LiveVerdict>();
  let next = 0;
  try {
    await Promise.all(
      slots.map(async (slot) => {
        for (let i = next++; i < pages.length; i = next++) {
          const page = pages[i];
          if (!page) continue;
          const started = Date.now();
          const unjudged: LiveVerdict = { id: page.id, isArticle: false, reported: false, finalUrl: '' };
          results.set(page.id, await within(PAGE_BUDGET_MS, judgeOne(context, worker, slot, page, defaultTitle, settings), unjudged));
          if (Date.now() - started > PAGE_BUDGET_MS / 2) console.warn(`  slow live page ${page.id}: ${Math.round((Date.now() - started) / 1000)} s`);
          settings.onProgress?.(results.size, pages.length);
        }
      }),
    );
  } finally {
    // Chromium keeps its connections alive: close them, or server.close() waits forever.
    await Promise.all(
      slots.map((slot) => {
        const closed = new Promise((resolve) => slot.server.close(resolve));
        slot.server.closeAllConnections();
        return closed;
      }),
    );
  }
  return pages.flatMap((page) => results.get(page.id) ?? []);
}

/** A fresh-profile headless Chromium with the built MV3 extension in `extensionDir`, off the network. */
export async function launchLiveBrowser(extensionDir: string, profileDir: string): Promise<{ context: BrowserContext; worker: Worker }> {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Names outside loopback do not resolve either (WebSockets and prefetches bypass routing).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  await refuseOutsideLoopback(context);
  return { context, worker };
}
