/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, tabIdOf, type ExtensionBrowser } from './harness/extension';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';

// axe-core on the popup and the library (list and reader), plus keyboard use: Tab reaches the Clip
// button and the search box, Enter activates them, and the focused control is visibly marked.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Run axe in the page. The extension CSP forbids injected <script> tags; CDP evaluation is allowed. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe: unknown = Reflect.get(window, 'axe');
    const run: unknown = axe && Reflect.get(Object(axe), 'run');
    if (typeof run !== 'function') throw new Error('axe did not load');
    const results: { violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> } =
      await Reflect.apply(run, axe, [document, { resultTypes: ['violations'] }]);
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => String(n.target[0])) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Press Tab until the element with `testId` has focus; returns how many presses it took. */
async function tabTo(page: Page, testId: string, limit = 30): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === testId) return presses;
  }
  throw new Error(`Tab never reached ${testId}`);
}

/**
 * Click an empty corner of the page, as a user does before tabbing: the page gets the keyboard and
 * Tab starts from the top. (Firefox starts sequential navigation at the caret, which autofocus left
 * in the search box, and a headless Firefox page starts without focus; a blur() is not enough.)
 */
async function clickEmptyCorner(page: Page): Promise<void> {
  await page.mouse.click(2, 2);
  expect(await page.evaluate(() => document.hasFocus() && !document.activeElement?.matches('input, button, a, select, textarea'))).toBe(true);
}

/** Whether the focused element is visibly marked (outline or focus ring shadow). */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

describe('accessibility of the popup and the library', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let tabId: number;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension();
    const article = await ext.context.newPage();
    await article.goto(server.urlOf('en--national-daily'));
    tabId = await tabIdOf(ext, article.url());
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the popup: keyboard reaches and activates Clip and search, focus is visible, axe finds nothing serious', async () => {
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="clip-button"]:enabled').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);

    await clickEmptyCorner(popup);
    await tabTo(popup, 'clip-button');
    expect(await focusIsVisible(popup)).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('clip-result').getAttribute('data-status'), { timeout: 30_000 }).toBe('created');

    await tabTo(popup, 'tag-input');
    await popup.keyboard.type('keyboard');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('tag-chip').count()).toBe(1);

    await tabTo(popup, 'search-input');
    expect(await focusIsVisible(popup)).toBe(true);
    await popup.keyboard.type('zzzz-no-such-clip');
    await expect.poll(() => popup.getByTestId('clip-item').count()).toBe(0);
    await popup.keyboard.press('Control+A');
    await popup.keyboard.press('Backspace');
    await expect.poll(() => popup.getByTestId('clip-item').count()).toBe(1);

    // With a result, a tag and a listed clip on screen.
    expect(await seriousViolations(popup)).toEqual([]);

    // The check can fail: an unlabeled button is a critical violation.
    await popup.evaluate(() => document.body.append(document.createElement('button')));
    expect((await seriousViolations(popup)).map((v) => v.id)).toContain('button-name');
  });

  it('the library list and reader: keyboard search, Enter opens the reader, axe finds nothing serious', async () => {
    const library = await ext.openExtensionPage('library.html');
    await expect.poll(() => library.getByTestId('library-row').count()).toBe(1);
    expect(await seriousViolations(library)).toEqual([]);

    await clickEmptyCorner(library);
    await tabTo(library, 'library-search', 40);
    expect(await focusIsVisible(library)).toBe(true);
    await library.keyboard.type('keyboard');
    await library.keyboard.press('Enter');
    await expect.poll(() => library.getByTestId('library-count').getAttribute('data-count')).toBe('1');

    await tabTo(library, 'library-open', 40);
    expect(await focusIsVisible(library)).toBe(true);
    await library.keyboard.press('Enter');
    await expect.poll(() => library.getByTestId('reader').getAttribute('data-state')).toBe('ready');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reader-title');
    expect(await seriousViolations(library)).toEqual([]);

    await library.keyboard.press('Escape');
    await expect.poll(() => library.getByTestId('reader').count()).toBe(0);
  });
});
