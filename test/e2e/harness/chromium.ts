/// <reference types="chrome" />
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { ExtensionBrowser } from './extension';

/** Where the built MV3 extension for Chromium lives (`npm run build`). */
export const CHROMIUM_EXTENSION_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

/** Launch Chromium (Debian's, or $CHROMIUM_PATH) headless with a fresh profile and the extension. */
export async function launchChromium(): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROMIUM_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${CHROMIUM_EXTENSION_DIR}: run \`npm run build\` first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'gleaner-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${CHROMIUM_EXTENSION_DIR}`,
      `--load-extension=${CHROMIUM_EXTENSION_DIR}`,
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
  const extensionOrigin = `chrome-extension://${extensionId}`;
  return {
    browserName: 'chromium',
    context,
    worker,
    extensionId,
    extensionOrigin,
    internalPageUrl: 'chrome://version/',
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
