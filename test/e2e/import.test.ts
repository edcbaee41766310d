import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, storedClips, type ExtensionBrowser } from './harness/extension';

const FIXTURES = join(import.meta.dirname, '..', 'unit', 'import', 'fixtures');

describe('import from other services in Chromium', () => {
  let ext: ExtensionBrowser;
  let library: Page;

  const rows = () => library.getByTestId('library-row');

  async function importFiles(names: string[]): Promise<void> {
    await library.getByTestId('import-file').setInputFiles(names.map((n) => join(FIXTURES, n)));
    await library.getByTestId('import-preview').click();
    await library.getByTestId('import-summary').waitFor();
    await library.getByTestId('import-confirm').click();
    await expect.poll(() => library.getByTestId('import-status').getAttribute('data-state')).toBe('ok');
  }

  beforeAll(async () => {
    ext = await launchExtension();
    library = await ext.openExtensionPage('library.html');
    await library.getByTestId('library-list').waitFor();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('refuses a file of no known kind with a message and changes nothing', async () => {
    await library.getByTestId('import-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\na,b\n') });
    await library.getByTestId('import-preview').click();
    await expect.poll(() => library.getByTestId('import-status').getAttribute('data-state')).toBe('error');
    expect(await library.getByTestId('import-status').textContent()).toMatch(/people\.csv/);
    expect(await library.getByTestId('import-confirm').count()).toBe(0);
    expect(await storedClips(ext)).toEqual([]);
  });

  it('previews two Pocket part files (duplicates, errors with line numbers), then imports placeholders', async () => {
    await library.getByTestId('import-file').setInputFiles([join(FIXTURES, 'pocket-part_000000.csv'), join(FIXTURES, 'pocket-part_000001.csv')]);
    await library.getByTestId('import-preview').click();
    const summary = library.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-new')).toBe('5');
    expect(await summary.getAttribute('data-duplicates')).toBe('1');
    expect(await library.getByTestId('import-errors').textContent()).toMatch(/pocket-part_000000\.csv line 6: javascript:/);
    expect(await storedClips(ext)).toEqual([]); // the preview wrote nothing
    await library.getByTestId('import-confirm').click();
    await expect.poll(() => library.getByTestId('import-status').getAttribute('data-state')).toBe('ok');
    await expect.poll(() => rows().count()).toBe(5);
    expect(await library.locator('[data-testid="library-row"][data-placeholder="true"]').count()).toBe(5);
    expect(await library.getByTestId('status-count-archived').getAttribute('data-count')).toBe('3');
  });

  it('imports an Omnivore ZIP as full clips, finds one by its body text, and opens it', async () => {
    await importFiles(['omnivore-export.zip']);
    await expect.poll(() => rows().count()).toBe(8);
    await library.getByTestId('library-search').fill('gravitational');
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(1);
    await library.getByTestId('library-open').first().click();
    await expect.poll(() => library.getByTestId('reader').getAttribute('data-state')).toBe('ready');
    expect(await library.getByTestId('reader-title').textContent()).toBe('First Omnivore article');
    expect(await library.getByTestId('reader-body').textContent()).toContain('gravitational waves');
    expect(await library.locator('[data-testid="reader-body"] iframe').count()).toBe(0);
    expect(await library.getByTestId('reader-placeholder').count()).toBe(0);
    // Archived in Omnivore: the reader offers "Mark as unread"; keyboard toggles it.
    const mark = library.getByTestId('reader-mark-read');
    expect(await mark.getAttribute('data-status')).toBe('archived');
    await mark.focus();
    await library.keyboard.press('Enter');
    await expect.poll(() => mark.getAttribute('data-status')).toBe('unread');
    await library.getByTestId('reader-close').click();
  });

  it('finds a Pocket placeholder by title and address, filters by status, and opens it as "saved, not yet clipped"', async () => {
    await library.getByTestId('library-search').fill('second.example.com');
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(1);
    await library.getByTestId('library-search').fill('서울의 여름 is:unread');
    // The previous search also shows one row: wait for this search's row, not just the count.
    await expect.poll(() => rows().first().textContent()).toContain('서울의 여름');
    await expect.poll(() => rows().count()).toBe(1);
    await library.getByTestId('library-open').first().click();
    await expect.poll(() => library.getByTestId('reader').getAttribute('data-state')).toBe('ready');
    await library.getByTestId('reader-placeholder').waitFor();
    await library.getByTestId('reader-favorite').click();
    await expect.poll(() => library.getByTestId('reader-favorite').getAttribute('aria-pressed')).toBe('true');
    await library.getByTestId('reader-close').click();
    await library.getByTestId('library-search').fill('');
    await library.getByTestId('filter-favorite').check();
    await expect.poll(() => rows().count()).toBe(1);
    await library.getByTestId('filter-favorite').uncheck();
    // Archived: two Pocket entries plus the merged "slow web" one (the Omnivore one was marked unread).
    await library.getByTestId('filter-status').selectOption('archived');
    await expect.poll(() => rows().count()).toBe(3);
    await library.getByTestId('row-mark-read').first().click();
    await expect.poll(() => rows().count()).toBe(2);
    expect(await library.getByTestId('status-count-archived').getAttribute('data-count')).toBe('2');
  });
});
