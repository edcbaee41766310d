// Screenshots of the popup on an article in Chromium and Firefox ESR, for README.md:
// `npm run build && npx tsx scripts/popup-screenshots.ts` writes docs/images/popup-{chromium,firefox}.png.
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/harness/chromium';
import type { ExtensionBrowser } from '../test/e2e/harness/extension';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { launchFirefox } from '../test/e2e/harness/firefox/launch';

const OUT = join(import.meta.dirname, '..', 'docs', 'images');

async function shoot(ext: ExtensionBrowser, url: string, file: string): Promise<void> {
  try {
    const article = await ext.context.newPage();
    await article.goto(url);
    const tabId = await ext.worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id, url);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="clip-button"]:enabled').waitFor();
    await popup.getByTestId('clip-button').click();
    await popup.getByTestId('clip-result').waitFor();
    await popup.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await popup.screenshot({ path: join(OUT, file), clip: { x: 0, y: 0, width: 380, height: 520 } });
  } finally {
    await ext.close();
  }
}

const server = await startFixtureServer();
try {
  await shoot(await launchChromium(), server.urlOf('en--national-daily'), 'popup-chromium.png');
  await shoot(await launchFirefox(), server.urlOf('en--national-daily'), 'popup-firefox.png');
} finally {
  await server.close();
}
