/// <reference types="chrome" />
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../extension';
import { FirefoxContext } from './context';
import { DownloadWatcher, type DownloadItem } from './downloads';
import { startTrapProxy } from './trap-proxy';

/** Where the built MV3 extension for Firefox lives (`npm run build`). */
export const FIREFOX_EXTENSION_DIR = join(import.meta.dirname, '..', '..', '..', '..', '.output', 'firefox-mv3');

function geckoIdOf(dir: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const id: unknown = Reflect.get(Object(Reflect.get(Object(Reflect.get(Object(manifest), 'browser_specific_settings')), 'gecko')), 'id');
  if (typeof id !== 'string') throw new Error('the Firefox manifest has no gecko id');
  return id;
}

/**
 * Launch Firefox ESR ($FIREFOX_PATH or /usr/bin/firefox-esr) headless over WebDriver BiDi with a
 * fresh profile, install the extension as a temporary add-on at a UUID chosen here (so its pages'
 * addresses are known), and return the same shape as the Chromium harness.
 */
export async function launchFirefox(extraPrefs: Record<string, unknown> = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first`);
  }
  const uuid = randomUUID();
  const downloadDir = mkdtempSync(join(tmpdir(), 'gleaner-e2e-ff-downloads-'));
  const trap = await startTrapProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Lets the driver open moz-extension:// pages (refused to remote agents otherwise).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoIdOf(FIREFOX_EXTENSION_DIR)]: uuid }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // Tests close every tab; the browser must outlive that as Chromium's persistent context does.
      'browser.tabs.closeWindowWithLastTab': false,
      // Off the network: everything but loopback goes to the trap proxy, which refuses and records it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Puppeteer turns site isolation off; Firefox ships with it on, and a page that freezes its
      // main thread must not freeze the other sites' tabs with it.
      'fission.webContentIsolationStrategy': 1,
      ...extraPrefs,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const extensionOrigin = `moz-extension://${uuid}`;
    const search = async (): Promise<DownloadItem[]> =>
      helper.evaluate(async () =>
        (await chrome.downloads.search({})).map((d) => ({ id: d.id, filename: d.filename, url: d.url, state: d.state, error: d.error })),
      );
    const downloads = new DownloadWatcher(search);
    const context = new FirefoxContext(browser, downloads);
    // The driver's own extension page: background calls run here, bound to the event page.
    const [first] = await browser.pages();
    const helper = context.wrap(first ?? (await browser.newPage()), false);
    await helper.goto(`${extensionOrigin}/options.html`);

    const worker = {
      url: () => `${extensionOrigin}/background.js`,
      /** Run `fn` in an extension page with the background's `globalThis.gleaner` handlers in reach. */
      async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
        await helper.evaluate(async () => {
          const background = await chrome.runtime.getBackgroundPage();
          Reflect.set(globalThis, 'gleaner', background ? Reflect.get(background, 'gleaner') : undefined);
        });
        return helper.evaluate(fn, arg);
      },
    };
    return {
      browserName: 'firefox',
      // The driver implements the part of Playwright's API the suite uses; the types stay
      // Playwright's so one test file compiles for both browsers (a missing method fails loudly).
      context: context as unknown as BrowserContext,
      worker: worker as unknown as Worker,
      extensionId: uuid,
      extensionOrigin,
      internalPageUrl: 'about:robots',
      outwardRequests: trap.requests,
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`${extensionOrigin}/${path}`);
        await context.watchExtensionPage(page);
        return page as unknown as Page;
      },
      async close() {
        await context.close().catch(() => undefined);
        await trap.close();
        rmSync(downloadDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    await trap.close();
    rmSync(downloadDir, { recursive: true, force: true });
    throw error;
  }
}
