/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { useExtensionSession } from './harness/use-session';
import { badgeOf, E2E_BROWSER, storedClips, tabIdOf } from './harness/extension';

const SEED = 'ko--local-news-seed';

describe(`foundation: clip a page end to end in ${E2E_BROWSER}`, () => {
  const session = useExtensionSession();

  it('marks an article page on the toolbar and leaves a login page unmarked', async () => {
    const article = await session.ext.context.newPage();
    await article.goto(session.server.urlOf(SEED));
    const articleTab = await tabIdOf(session.ext, article.url());
    await expect.poll(async () => (await badgeOf(session.ext, articleTab)).text, { timeout: 10_000 }).toBe('●');

    const login = await session.ext.context.newPage();
    await login.goto(session.server.urlOf('login'));
    const loginTab = await tabIdOf(session.ext, login.url());
    await expect.poll(async () => (await badgeOf(session.ext, loginTab)).title, { timeout: 10_000 }).toMatch(/not an article/);
    expect((await badgeOf(session.ext, loginTab)).text).toBe('');
    await login.close();
  });

  it('clips through the popup, stores the article, tags it, finds it, exports it', async () => {
    const article = await session.ext.context.newPage();
    await article.goto(session.server.urlOf(SEED));
    const tabId = await tabIdOf(session.ext, article.url());
    const popup = await session.ext.openExtensionPage(`popup.html?tab=${tabId}`);

    await expect.poll(() => popup.getByTestId('page-status').getAttribute('data-state')).toMatch(/article|clipped/);
    await popup.getByTestId('clip-button').click();
    const result = popup.getByTestId('clip-result');
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 30_000 }).toMatch(/created|updated/);

    const [clip] = await storedClips(session.ext);
    expect(clip).toMatchObject({
      title: '성동구, 10년 연속! 전국 지방자치단체 일자리대상 수상',
      byline: '윤만형',
      published: '2024-08-13T15:12:01+09:00',
    });
    expect(String(clip?.text)).toContain('10년 연속 일자리대상을 수상하는 쾌거를 이뤘다');
    expect(String(clip?.text)).not.toContain('가장 많이 본 뉴스');

    await popup.getByTestId('tag-input').fill('일자리');
    await popup.getByTestId('tag-input').press('Enter');
    await expect.poll(async () => (await storedClips(session.ext))[0]?.tags).toEqual(['일자리']);
    await expect.poll(() => popup.getByTestId('tag-chip').allTextContents()).toEqual([expect.stringContaining('일자리')]);

    await popup.getByTestId('tag-filter').filter({ hasText: '일자리' }).click();
    await expect.poll(() => popup.getByTestId('search-input').inputValue()).toBe('tag:일자리');
    await expect.poll(() => popup.getByTestId('clip-item').count()).toBe(1);

    await popup.getByTestId('search-input').fill('성동구');
    await expect.poll(() => popup.getByTestId('clip-item').count()).toBe(1);
    await popup.getByTestId('search-input').fill('존재하지않는검색어');
    await expect.poll(() => popup.getByTestId('clip-item').count()).toBe(0);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-markdown').click()]);
    await expect.poll(() => popup.getByTestId('export-result').getAttribute('data-filename')).toMatch(/^2024-08-13 성동구.*\.md$/);
    const markdown = readFileSync(await download.path(), 'utf8');
    const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
    const properties = parseYaml(String(frontMatter));
    expect(properties).toMatchObject({ title: '성동구, 10년 연속! 전국 지방자치단체 일자리대상 수상', tags: ['일자리'] });
    expect(body).toContain('서울 성동구(구청장 정원오)가');
  });
});
