/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './harness/use-session';
import { storedClips, tabIdOf } from './harness/extension';

describe('low confidence: the popup says so and its fallbacks work', () => {
  const session = useExtensionSession();

  it('shows the confidence of a good clip without warning', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.urlOf('ko--local-news-seed'));
    const popup = await session.ext.openExtensionPage(`popup.html?tab=${await tabIdOf(session.ext, page.url())}`);
    await popup.getByTestId('clip-button').click();
    const confidence = popup.getByTestId('clip-confidence');
    await expect.poll(async () => Number(await confidence.getAttribute('data-confidence')), { timeout: 30_000 }).toBeGreaterThanOrEqual(0.5);
    expect(await popup.getByTestId('clip-whole-page').count()).toBe(0);
  });

  it('offers "clip whole page" and "clip selection" on a thin page, and both store the right text', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.urlOf('thin'));
    const popup = await session.ext.openExtensionPage(`popup.html?tab=${await tabIdOf(session.ext, page.url())}`);
    await popup.getByTestId('clip-button').click();
    await expect.poll(async () => Number(await popup.getByTestId('clip-confidence').getAttribute('data-confidence')), { timeout: 30_000 }).toBeLessThan(0.5);
    await expect.poll(() => popup.getByTestId('clip-result').textContent()).toMatch(/may be incomplete/);

    await popup.getByTestId('clip-whole-page').click();
    await expect.poll(async () => (await storedClips(session.ext)).find((c) => c.url === page.url())?.mode, { timeout: 30_000 }).toBe('page');
    const whole = (await storedClips(session.ext)).find((c) => c.url === page.url());
    expect(String(whole?.text)).toContain("Beetroot 'Boltardy'");
    expect(String(whole?.text)).toContain('Garlic for overwintering');
    expect(whole?.title).toBe('Notes from the allotment — week 32');

    await page.evaluate(() => {
      const range = document.createRange();
      const first = document.getElementById('first');
      if (!first) throw new Error('no paragraph');
      range.selectNodeContents(first);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    // Clipping the article again brings back the low-confidence warning and its fallbacks.
    await popup.getByTestId('clip-button').click();
    await expect.poll(async () => (await storedClips(session.ext)).find((c) => c.url === page.url())?.mode, { timeout: 30_000 }).toBe('article');
    await expect.poll(() => popup.getByTestId('clip-selection').count()).toBe(1);
    await popup.getByTestId('clip-selection').click();
    await expect.poll(async () => (await storedClips(session.ext)).find((c) => c.url === page.url())?.mode, { timeout: 30_000 }).toBe('selection');
    const selected = (await storedClips(session.ext)).find((c) => c.url === page.url());
    expect(String(selected?.text).trim()).toBe('The runner beans finally climbed past the top of the canes this week.');
    expect(selected?.title).toBe('Notes from the allotment — week 32');
  });
});
