import { describe, expect, it } from 'vitest';
import { badgeOf, tabIdOf } from './harness/extension';
import { useExtensionSession } from './harness/use-session';

// The content script first looks at document_idle, which can come before the page's own scripts
// have rendered or replaced the story: the badge must follow what the page finally shows.

describe('detector: late content', () => {
  const session = useExtensionSession();

  it('marks a story that an app shell renders after the load event', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.urlOf('late-story'));
    const tabId = await tabIdOf(session.ext, page.url());
    await expect.poll(async () => (await badgeOf(session.ext, tabId)).text, { timeout: 10_000 }).toBe('●');
    await page.close();
  });

  it('drops the mark when the page replaces its story with a sign-in wall after loading', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.urlOf('rewritten-after-load'));
    const tabId = await tabIdOf(session.ext, page.url());
    await expect.poll(async () => (await badgeOf(session.ext, tabId)).title, { timeout: 10_000 }).toMatch(/not an article/);
    expect((await badgeOf(session.ext, tabId)).text).toBe('');
    await page.close();
  });
});
