/**
 * Regenerates docs/popup.png for the README: clips the Korean seed fixture through the popup in
 * headless Chromium and photographs the popup. Needs a build (`npm run build`) and CJK fonts
 * (`apt-get install -y fonts-noto-cjk`).
 */
import { join } from 'node:path';
import { launchExtension, tabIdOf } from '../test/e2e/harness/extension';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';

const server = await startFixtureServer();
const ext = await launchExtension();
try {
  const article = await ext.context.newPage();
  await article.goto(server.urlOf('ko--local-news-seed'));
  const other = await ext.context.newPage();
  await other.goto(server.urlOf('ko--articleview-cms'));
  const otherTab = await tabIdOf(ext, other.url());
  const warmup = await ext.openExtensionPage(`popup.html?tab=${otherTab}`);
  await warmup.getByTestId('clip-button').click();
  await warmup.getByTestId('clip-result').waitFor();
  await warmup.close();

  const tabId = await tabIdOf(ext, article.url());
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.getByTestId('clip-button').click();
  await popup.getByTestId('clip-result').waitFor();
  await popup.getByTestId('tag-input').fill('일자리');
  await popup.getByTestId('tag-input').press('Enter');
  await popup.getByTestId('tag-chip').waitFor();
  await popup.getByTestId('tag-input').fill('성동구');
  await popup.getByTestId('tag-input').press('Enter');
  await popup.waitForTimeout(300);
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: 380, height });
  await popup.screenshot({ path: join(import.meta.dirname, '..', 'docs', 'popup.png') });
  console.log('wrote docs/popup.png');
} finally {
  await ext.close();
  await server.close();
}
