/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './harness/use-session';
import { badgeOf, storedClips, tabIdOf, type ExtensionBrowser } from './harness/extension';

/** Call the background's command/menu handler the way the browser's event would. */
function invoke(ext: ExtensionBrowser, handler: 'onCommand' | 'onMenuClick', name: string, tabId: number) {
  return ext.worker.evaluate(
    async ([h, n, id]) => {
      const api: unknown = Reflect.get(globalThis, 'gleaner');
      const fn: unknown = api && Reflect.get(Object(api), h);
      if (typeof fn !== 'function') throw new Error('handlers not exposed');
      return fn(n, id);
    },
    [handler, name, tabId] as const,
  );
}

describe('detection states and capture from anywhere', () => {
  const session = useExtensionSession();

  it('the shortcut command clips the page, and the page then shows as already clipped', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.urlOf('spa'));
    const tabId = await tabIdOf(session.ext, page.url());
    await expect.poll(async () => (await badgeOf(session.ext, tabId)).text, { timeout: 10_000 }).toBe('●');

    const outcome = await invoke(session.ext, 'onCommand', 'clip-page', tabId);
    expect(outcome).toMatchObject({ ok: true, status: 'created' });
    const clips = await storedClips(session.ext);
    expect(clips.map((c) => c.title)).toContain('Council votes to turn old rail yard into a park');

    await page.reload();
    await expect.poll(async () => (await badgeOf(session.ext, tabId)).text, { timeout: 10_000 }).toBe('✓');
    expect((await badgeOf(session.ext, tabId)).title).toMatch(/already in your library/);
  });

  it('re-checks after a single-page-app navigation', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.urlOf('spa') + '?fresh=1');
    const tabId = await tabIdOf(session.ext, page.url());
    await expect.poll(async () => (await badgeOf(session.ext, tabId)).text, { timeout: 10_000 }).toBe('●');
    await page.click('#to-section');
    await expect.poll(() => page.url()).toMatch(/\/spa\/local$/);
    await expect.poll(async () => (await badgeOf(session.ext, tabId)).title, { timeout: 10_000 }).toMatch(/not an article/);
    expect((await badgeOf(session.ext, tabId)).text).toBe('');
  });

  it('"Clip this page" and "Clip selection" menu items clip the page and exactly the selection', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.urlOf('en--national-daily'));
    const tabId = await tabIdOf(session.ext, page.url());
    expect(await invoke(session.ext, 'onMenuClick', 'gleaner-clip-page', tabId)).toMatchObject({ ok: true });

    const selected = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('article p, main p, p')].find((p) => (p.textContent ?? '').length > 120);
      if (!paragraph) throw new Error('no paragraph to select');
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return paragraph.textContent ?? '';
    });
    const outcome = await invoke(session.ext, 'onMenuClick', 'gleaner-clip-selection', tabId);
    expect(outcome).toMatchObject({ ok: true, clip: { mode: 'selection' } });
    const text = String(Reflect.get(Object(Reflect.get(Object(outcome), 'clip')), 'text'));
    expect(text.replace(/\s+/g, ' ').trim()).toBe(selected.replace(/\s+/g, ' ').trim());
  });

  it('"Clip selection" without a selection says so and stores nothing new', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.urlOf('login'));
    const tabId = await tabIdOf(session.ext, page.url());
    const before = (await storedClips(session.ext)).length;
    expect(await invoke(session.ext, 'onMenuClick', 'gleaner-clip-selection', tabId)).toMatchObject({ ok: false, code: 'no-selection' });
    expect((await storedClips(session.ext)).length).toBe(before);
  });

  it('clips all tabs of the window from the popup, reporting the tab that cannot be clipped', async () => {
    for (const page of session.ext.context.pages()) await page.close();
    const names = ['ko--articleview-cms', 'ja--national-daily', 'de--magazine'];
    const pages = [];
    for (const name of names) {
      const page = await session.ext.context.newPage();
      await page.goto(session.server.urlOf(name));
      pages.push(page);
    }
    const internal = await session.ext.context.newPage();
    await internal.goto(session.ext.internalPageUrl);
    const popup = await session.ext.openExtensionPage(`popup.html?tab=${await tabIdOf(session.ext, pages[0]!.url())}`);
    await popup.getByTestId('clip-all-tabs').click();
    const progress = popup.getByTestId('clip-all-progress');
    await expect
      .poll(async () => (await progress.getAttribute('data-done')) === (await progress.getAttribute('data-total')), { timeout: 60_000 })
      .toBe(true);
    // Without a user gesture the extension cannot read an internal tab's address: "no access" is as
    // honest an answer as "cannot be clipped" (see bad-input.test.ts).
    await expect.poll(() => popup.getByTestId('clip-all-report').textContent()).toMatch(/cannot be clipped|has no access/);
    const urls = (await storedClips(session.ext)).map((c) => String(c.url));
    for (const page of pages) expect(urls).toContain(page.url());
  });
});
