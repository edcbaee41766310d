/// <reference types="chrome" />
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSER, launchExtension, storedClips, tabIdOf, type ExtensionBrowser } from './harness/extension';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';

const SEED = 'ko--local-news-seed';
const SEED_TITLE = '성동구, 10년 연속! 전국 지방자치단체 일자리대상 수상';
const OTHERS = ['ko--portal-news', 'ko--broadcaster', 'ja--national-daily'];

describe(`library page in ${E2E_BROWSER}`, () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let library: Page;

  /** Clip a fixture page through the background's clipTab message (the popup's own path). */
  async function clip(name: string): Promise<void> {
    const article = await ext.context.newPage();
    await article.goto(server.urlOf(name));
    const tabId = await tabIdOf(ext, article.url());
    const helper = await ext.openExtensionPage('popup.html');
    const outcome = await helper.evaluate((id) => chrome.runtime.sendMessage({ type: 'clipTab', payload: { tabId: id, mode: 'article' } }), tabId);
    expect(outcome).toMatchObject({ ok: true, value: { ok: true } });
    await helper.close();
    await article.close();
  }

  const rows = () => library.getByTestId('library-row');
  const rowTitles = () => library.locator('[data-testid="library-row"] [data-testid="library-open"]').allTextContents();
  const clipCount = async () => (await storedClips(ext)).length;

  /**
   * Run `action` and return the path of the file it downloads. Under Playwright the file on disk
   * and the download item are named by GUID, so the name the extension asked for is checked in the
   * page's own status line instead.
   */
  async function download(action: () => Promise<void>): Promise<string> {
    const [event] = await Promise.all([library.waitForEvent('download', { timeout: 15_000 }), action()]);
    return event.path();
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension();
    for (const name of [SEED, ...OTHERS.slice(0, 2)]) await clip(name);
    library = await ext.openExtensionPage('library.html');
    await library.getByTestId('library-list').waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('lists every clip and finds one by a Korean stem, with the term highlighted', async () => {
    await expect.poll(() => rows().count()).toBe(3);
    await library.getByTestId('library-search').fill('성동구');
    await expect.poll(() => rowTitles()).toEqual([SEED_TITLE]);
    const marks = await library.locator('[data-testid="library-snippet"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join(' ')).toContain('성동구');
    await library.getByTestId('library-search').fill('');
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('shows a clip added in another tab without a reload', async () => {
    await clip(OTHERS[2] ?? '');
    await expect.poll(() => rows().count(), { timeout: 10_000 }).toBe(4);
  });

  it('tags a selection in bulk, then filters by the tag', async () => {
    await rows().nth(0).getByTestId('library-select').click();
    await rows().nth(2).getByTestId('library-select').click({ modifiers: ['Shift'] });
    await expect.poll(() => library.getByTestId('bulk-bar').getAttribute('data-selected')).toBe('3');
    await library.getByTestId('bulk-tag-input').fill('읽을거리');
    await library.getByTestId('bulk-tag-add').click();
    await expect.poll(async () => (await storedClips(ext)).filter((c) => Array.isArray(c.tags) && c.tags.includes('읽을거리')).length).toBe(3);
    await expect.poll(() => library.getByTestId('tag-row').first().getAttribute('data-count')).toBe('3');
    await library.getByTestId('select-none').click();

    await library.getByTestId('tag-filter').first().click();
    await expect.poll(() => rows().count()).toBe(3);
    await library.getByTestId('filter-clear').click();
    await expect.poll(() => rows().count()).toBe(4);
  });

  it('opens the reader with the keyboard, saves a note, and closes with Escape', async () => {
    await library.getByTestId('library-search').fill('성동구');
    await expect.poll(() => rowTitles()).toEqual([SEED_TITLE]);
    await library.getByTestId('library-open').first().focus();
    await library.keyboard.press('Enter');
    const reader = library.getByTestId('reader');
    await expect.poll(() => reader.getAttribute('data-state')).toBe('ready');
    expect(library.url()).toMatch(/#\/clip\/\d+$/);
    expect(await library.getByTestId('reader-title').textContent()).toBe(SEED_TITLE);
    expect(await library.getByTestId('reader-body').textContent()).toContain('10년 연속 일자리대상을 수상하는 쾌거를 이뤘다');
    expect(await library.getByTestId('reader-body').getAttribute('dir')).toBe('auto');

    await library.getByTestId('reader-note').fill('후속 취재 필요');
    await expect.poll(async () => (await storedClips(ext)).find((c) => c.title === SEED_TITLE)?.note, { timeout: 5_000 }).toBe('후속 취재 필요');

    await library.getByTestId('reader-title').focus();
    await library.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    // Focus is back on the row that was opened as soon as the reader is gone.
    expect(await library.evaluate(() => document.activeElement?.closest('[data-clip-id]')?.textContent ?? '')).toContain(SEED_TITLE);
    await library.getByTestId('library-search').fill('');
    await expect.poll(() => rows().count()).toBe(4);
  });

  it('deletes a selection and brings it back with Undo', async () => {
    await expect.poll(() => rows().count()).toBe(4);
    await rows().nth(0).getByTestId('library-select').click();
    await rows().nth(1).getByTestId('library-select').click();
    await library.getByTestId('bulk-delete').click();
    await expect.poll(clipCount).toBe(2);
    await expect.poll(() => rows().count()).toBe(2);
    await library.getByTestId('undo-delete').click();
    await expect.poll(clipCount).toBe(4);
    await expect.poll(() => rows().count()).toBe(4);
    const restored = await storedClips(ext);
    expect(restored.find((c) => c.title === SEED_TITLE)?.note).toBe('후속 취재 필요');
  });

  it('has no serious or critical accessibility violations (axe-core), list and reader', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Runtime.evaluate is not subject to the extension page's CSP, which forbids injected scripts.
    await library.evaluate(axeSource);
    const audit = () =>
      library.evaluate(async () => {
        interface AxeViolation {
          id: string;
          impact?: string | null;
          nodes: Array<{ target: unknown }>;
        }
        const axe: unknown = Reflect.get(window, 'axe');
        const run: unknown = typeof axe === 'object' && axe !== null ? Reflect.get(axe, 'run') : undefined;
        if (typeof run !== 'function') throw new Error('axe-core did not load');
        const results: { violations: AxeViolation[] } = await Reflect.apply(run, axe, [document, { resultTypes: ['violations'] }]);
        return results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
    expect(await audit()).toEqual([]);
    await library.getByTestId('library-open').first().click();
    await expect.poll(() => library.getByTestId('reader').getAttribute('data-state')).toBe('ready');
    expect(await audit()).toEqual([]);
    await library.keyboard.press('Escape');
  });

  it('exports the current list as CSV through the downloads API', async () => {
    await library.getByTestId('export-scope-all').check();
    await library.getByTestId('export-format').selectOption('csv');
    const file = await download(() => library.getByTestId('export-run').click());
    await expect.poll(() => library.getByTestId('export-status').textContent()).toMatch(/Gleaner\/gleaner-clips \d{4}-\d{2}-\d{2} \d{4}\.csv$/);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain(SEED_TITLE.replace(/"/g, '""'));
    expect(csv.trim().split('\n').length).toBeGreaterThanOrEqual(5);
  });

  it('backs up, restores into an emptied library, and rejects a foreign file', async () => {
    const backup = await download(() => library.getByTestId('backup-now').click());
    await expect.poll(() => library.getByTestId('backup-status').textContent()).toMatch(/gleaner-backup .*\.json$/);
    await expect.poll(() => library.getByTestId('last-backup').getAttribute('data-at')).not.toBe('');
    const before = await storedClips(ext);

    await library.getByTestId('select-all').click();
    await library.getByTestId('bulk-delete').click();
    await expect.poll(clipCount).toBe(0);
    await expect.poll(() => library.getByTestId('library-empty').count()).toBe(1);

    const foreign = join(tmpdir(), `gleaner-foreign-${process.pid}.json`);
    writeFileSync(foreign, '[{"id":"x","type":"webpage"}]');
    await library.getByTestId('restore-file').setInputFiles(foreign);
    await library.getByTestId('restore-run').click();
    await expect.poll(() => library.getByTestId('restore-status').getAttribute('data-state')).toBe('error');
    expect(await library.getByTestId('restore-status').textContent()).toMatch(/not a Gleaner backup/);
    expect(await clipCount()).toBe(0);

    await library.getByTestId('restore-file').setInputFiles(backup);
    await library.getByTestId('restore-run').click();
    await expect.poll(() => library.getByTestId('restore-status').getAttribute('data-state')).toBe('ok');
    expect(await library.getByTestId('restore-status').textContent()).toContain('4 added');
    const after = await storedClips(ext);
    const byUrl = (list: Array<Record<string, unknown>>) => [...list].sort((a, b) => String(a.canonicalUrl).localeCompare(String(b.canonicalUrl)));
    expect(byUrl(after)).toEqual(byUrl(before));
    await expect.poll(() => rows().count()).toBe(4);
  });

  it('shows storage used', async () => {
    await expect.poll(() => library.getByTestId('storage-used').getAttribute('data-bytes')).toMatch(/^\d+$/);
  });
});
