/// <reference types="chrome" />
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROMIUM_EXTENSION_DIR, launchChromium } from './chromium';
import { launchFirefox } from './firefox/launch';

/** The browsers the e2e suite runs in; `E2E_BROWSER=firefox` picks Firefox ESR, anything else Chromium. */
export type E2EBrowserName = 'chromium' | 'firefox';

/** The browser this run of the suite drives. */
export const E2E_BROWSER: E2EBrowserName = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

/** Where the built MV3 extension for Chromium lives (`npm run build`). */
export const EXTENSION_DIR = CHROMIUM_EXTENSION_DIR;

/**
 * A headless browser with the built extension loaded. In Chromium the objects are Playwright's own;
 * in Firefox they are a Playwright-shaped driver over puppeteer-core and WebDriver BiDi (see
 * `firefox/`), so the same test code drives both.
 */
export interface ExtensionBrowser {
  browserName: E2EBrowserName;
  context: BrowserContext;
  /** Evaluates in the extension's background (Chromium: the service worker; Firefox: an extension page bound to the event page). */
  worker: Worker;
  /** The host of extension URLs (Chromium's extension id, Firefox's per-install UUID). */
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** A browser-internal page no extension may script (chrome://version/, about:robots). */
  internalPageUrl: string;
  /**
   * Firefox only: every request that tried to leave loopback, from any context including the
   * background (the browser's proxy points at a trap). Chromium's harness reports requests through
   * `context.on('request')` instead, which sees the service worker too.
   */
  outwardRequests?: string[];
  /** Open an extension page (e.g. `popup.html?tab=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launch options; each applies to one browser only. */
export interface LaunchOptions {
  /** Extra Firefox preferences (e.g. a shorter event-page idle timeout). */
  firefoxPrefs?: Record<string, unknown>;
}

/** Launch the browser of this run (E2E_BROWSER) with a fresh profile and the extension. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return E2E_BROWSER === 'firefox' ? launchFirefox(options.firefoxPrefs) : launchChromium();
}

/** The id the browser gave a page's tab (asked of the extension, which sees tabs by URL). */
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
