/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, storedClips, tabIdOf, type ExtensionBrowser } from './harness/extension';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';

const SEED = 'ko--local-news-seed';
const MOUSE_QUOTE = '일자리대상';
const KEY_QUOTE = '10년 연속';

/** Every highlight in the extension's IndexedDB (for assertions only). */
async function storedHighlights(ext: ExtensionBrowser): Promise<Array<Record<string, unknown> & { quote: { exact: string } }>> {
  return ext.worker.evaluate(
    () =>
      new Promise<Array<Record<string, unknown> & { quote: { exact: string } }>>((resolve, reject) => {
        const open = indexedDB.open('gleaner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('highlights').objectStore('highlights').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Empty the highlights table as a fresh profile would have it (the "wipe" of backup → wipe → restore). */
async function clearHighlights(ext: ExtensionBrowser): Promise<void> {
  await ext.worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gleaner');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('highlights', 'readwrite');
          tx.objectStore('highlights').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Client coordinates of the start and end of the first occurrence of `quote` in the reader body. */
async function quoteBox(page: Page, quote: string): Promise<{ x1: number; x2: number; y: number }> {
  return page.evaluate((text) => {
    const body = document.querySelector('[data-testid="reader-body"]');
    if (!body) throw new Error('no reader body');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x1: rect.left + 1, x2: rect.right - 1, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${text}" not in the reader`);
  }, quote);
}

describe('highlights in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let library: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension();
    const article = await ext.context.newPage();
    await article.goto(server.urlOf(SEED));
    const tabId = await tabIdOf(ext, article.url());
    const helper = await ext.openExtensionPage('popup.html');
    const outcome = await helper.evaluate((id) => chrome.runtime.sendMessage({ type: 'clipTab', payload: { tabId: id, mode: 'article' } }), tabId);
    expect(outcome).toMatchObject({ ok: true, value: { ok: true } });
    await helper.close();
    await article.close();
    library = await ext.openExtensionPage('library.html');
    await library.getByTestId('library-list').waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const marks = () => library.locator('[data-testid="reader-body"] mark').allTextContents();

  it('highlights a selection made with the mouse, then one with the H key', async () => {
    await library.getByTestId('library-open').first().click();
    await expect.poll(() => library.getByTestId('reader').getAttribute('data-state')).toBe('ready');

    const box = await quoteBox(library, MOUSE_QUOTE);
    await library.mouse.move(box.x1, box.y);
    await library.mouse.down();
    await library.mouse.move(box.x2, box.y, { steps: 5 });
    await library.mouse.up();
    expect((await library.evaluate(() => document.getSelection()?.toString() ?? '')).trim()).toBe(MOUSE_QUOTE);
    await library.getByTestId('highlight-color-green').click();
    await expect.poll(marks).toEqual([MOUSE_QUOTE]);

    // Keyboard: the selection (here set by script, as caret browsing would) and H.
    await library.evaluate((text) => {
      const body = document.querySelector('[data-testid="reader-body"]');
      const walker = document.createTreeWalker(body ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
    }, KEY_QUOTE);
    await library.keyboard.press('h');
    await expect.poll(async () => (await marks()).sort()).toEqual([KEY_QUOTE, MOUSE_QUOTE].sort());
    await expect.poll(async () => (await storedHighlights(ext)).map((h) => h.quote.exact).sort()).toEqual([KEY_QUOTE, MOUSE_QUOTE].sort());
    expect((await storedHighlights(ext)).map((h) => h.color).sort()).toEqual(['green', 'yellow']);
    await expect.poll(() => library.getByTestId('highlight-item').count()).toBe(2);

    // A note on the first, written in the list beside the article.
    const note = library.getByTestId('highlight-note').first();
    await note.fill('핵심 문장');
    await note.blur();
    await expect.poll(async () => (await storedHighlights(ext)).some((h) => h.note === '핵심 문장')).toBe(true);
    await library.keyboard.press('Escape');
  });

  it('finds the clip with has:highlights and by its highlight note', async () => {
    await library.getByTestId('library-search').fill('has:highlights');
    await expect.poll(() => library.getByTestId('library-row').count()).toBe(1);
    await library.getByTestId('library-search').fill('핵심');
    await expect.poll(() => library.getByTestId('library-row').count()).toBe(1);
    await library.getByTestId('library-search').fill('');
  });

  it('exports the highlights with a link back to the original', async () => {
    await library.getByTestId('export-scope-all').check();
    await library.getByTestId('export-format').selectOption('highlights-markdown');
    const [event] = await Promise.all([library.waitForEvent('download', { timeout: 15_000 }), library.getByTestId('export-run').click()]);
    const markdown = readFileSync(await event.path(), 'utf8');
    expect(markdown).toContain(`> ${MOUSE_QUOTE}`);
    expect(markdown).toContain('핵심 문장');
    expect(markdown).toContain(`#:~:text=${encodeURIComponent(MOUSE_QUOTE)}`);
    expect(markdown).toMatch(/#highlight\/green/);
  });

  it('keeps highlights through backup → wipe → restore', async () => {
    const [event] = await Promise.all([library.waitForEvent('download', { timeout: 15_000 }), library.getByTestId('backup-now').click()]);
    const backup = await event.path();
    const before = await storedHighlights(ext);
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toMatchObject({ version: 3, highlightCount: 2 });

    await library.getByTestId('select-all').click();
    await library.getByTestId('bulk-delete').click();
    await expect.poll(async () => (await storedClips(ext)).length).toBe(0);
    await clearHighlights(ext);
    expect(await storedHighlights(ext)).toEqual([]);

    await library.getByTestId('restore-file').setInputFiles(backup);
    await library.getByTestId('restore-run').click();
    await expect.poll(() => library.getByTestId('restore-status').getAttribute('data-state')).toBe('ok');
    const byId = (list: Array<Record<string, unknown>>) => [...list].sort((a, b) => Number(a.id) - Number(b.id));
    expect(byId(await storedHighlights(ext))).toEqual(byId(before));
    await library.getByTestId('library-open').first().click();
    await expect.poll(async () => (await marks()).sort()).toEqual([KEY_QUOTE, MOUSE_QUOTE].sort());
  });
});
