/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { badgeOf, launchExtension, storedClips, tabIdOf, type ExtensionBrowser } from './harness/extension';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';

const SEED = 'ko--local-news-seed';

describe('foundation: clip a page end to end in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('marks an article page on the toolbar and leaves a login page unmarked', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.urlOf(SEED));
    const articleTab = await tabIdOf(ext, article.url());
    await expect.poll(async () => (await badgeOf(ext, articleTab)).text, { timeout: 10_000 }).toBe('●');

    const login = await ext.context.newPage();
    await login.goto(server.urlOf('login'));
    const loginTab = await tabIdOf(ext, login.url());
    await expect.poll(async () => (await badgeOf(ext, loginTab)).title, { timeout: 10_000 }).toMatch(/not an article/);
    expect((await badgeOf(ext, loginTab)).text).toBe('');
    await login.close();
  });

  it('clips through the popup, stores the article, tags it, finds it, exports it', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.urlOf(SEED));
    const tabId = await tabIdOf(ext, article.url());
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);

    await expect.poll(() => popup.getByTestId('page-status').getAttribute('data-state')).toMatch(/article|clipped/);
    await popup.getByTestId('clip-button').click();
    const result = popup.getByTestId('clip-result');
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 30_000 }).toMatch(/created|updated/);

    const [clip] = await storedClips(ext);
    expect(clip).toMatchObject({
      title: '성동구, 10년 연속! 전국 지방자치단체 일자리대상 수상',
      byline: '윤만형',
      published: '2024-08-13T15:12:01+09:00',
    });
    expect(String(clip?.text)).toContain('10년 연속 일자리대상을 수상하는 쾌거를 이뤘다');
    expect(String(clip?.text)).not.toContain('가장 많이 본 뉴스');

    await popup.getByTestId('tag-input').fill('일자리');
    await popup.getByTestId('tag-input').press('Enter');
    await expect.poll(async () => (await storedClips(ext))[0]?.tags).toEqual(['일자리']);
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
