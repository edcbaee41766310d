/// <reference types="chrome" />
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** Where the built MV3 extension lives (`npm run build`). */
export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

/** A headless Chromium with the built extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Open an extension page (e.g. `popup.html?tab=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launch Chromium (Debian's, or $CHROMIUM_PATH) with a fresh profile and the extension. */
export async function launchExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'gleaner-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id Chromium gave a page's tab (asked of the extension, which sees tabs by URL). */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const id = await ext.worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab with url ${url}`);
  return id;
}

/** The toolbar badge text and title the extension set for a tab. */
export async function badgeOf(ext: ExtensionBrowser, tabId: number): Promise<{ text: string; title: string }> {
  return ext.worker.evaluate(async (id) => {
    const [text, title] = await Promise.all([chrome.action.getBadgeText({ tabId: id }), chrome.action.getTitle({ tabId: id })]);
    return { text, title };
  }, tabId);
}

/** Every clip in the extension's IndexedDB, read straight from the database (for assertions only). */
export async function storedClips(ext: ExtensionBrowser): Promise<Array<Record<string, unknown>>> {
  return ext.worker.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('gleaner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('clips').objectStore('clips').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
