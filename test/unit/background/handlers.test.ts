import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../../../utils/background/handlers';
import type { DetectionVerdict } from '../../../utils/detect/types';
import { saveClip } from '../../../utils/db/clips';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';

const ARTICLE: DetectionVerdict = { isArticle: true, score: 0.9, signals: {} };
const NOT_ARTICLE: DetectionVerdict = { isArticle: false, score: 0.1, signals: {} };

function spyOnAction() {
  return {
    text: vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined),
    color: vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined),
    title: vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined),
  };
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('fake tab without id');
  return tab.id;
}

/** Make executeScript behave like the injected extractor: the second call returns `result`. */
function extractorReturns(result: unknown) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation(async (injection) => ('files' in injection ? [] : [{ frameId: 0, documentId: 'doc', result }]));
}

describe('background handlers', () => {
  const db = useFreshDb();
  let action: ReturnType<typeof spyOnAction>;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    action = spyOnAction();
  });

  it('marks an article tab and an unmarked non-article tab', async () => {
    const tabId = await openTab('https://news.example.com/a/2');
    expect((await handlers.pageStatus({ url: 'https://news.example.com/a/2', verdict: ARTICLE }, { tabId })).state).toBe('article');
    expect(action.text).toHaveBeenLastCalledWith({ tabId, text: '●' });
    const other = await openTab('https://news.example.com/login');
    expect((await handlers.pageStatus({ url: 'https://news.example.com/login', verdict: NOT_ARTICLE }, { tabId: other })).state).toBe(
      'not-article',
    );
    expect(action.text).toHaveBeenLastCalledWith({ tabId: other, text: '' });
  });

  it('knows a page that is already clipped, by its canonical URL', async () => {
    const { clip } = await saveClip(makeDraft());
    const tabId = await openTab('https://news.example.com/a/1?utm_source=feed');
    const status = await handlers.pageStatus(
      { url: 'https://news.example.com/a/1?utm_source=feed', canonicalUrl: 'https://news.example.com/a/1', verdict: ARTICLE },
      { tabId },
    );
    expect(status).toMatchObject({ state: 'clipped', clipId: clip.id });
    expect(action.text).toHaveBeenLastCalledWith({ tabId, text: '✓' });
  });

  it('says a browser page cannot be clipped, with the reason', async () => {
    const tabId = await openTab('chrome://settings');
    expect(await handlers.getTabStatus({ tabId }, {})).toMatchObject({ state: 'cannot-clip', reason: 'restricted' });
    const outcome = await handlers.clipTab({ tabId, mode: 'article' }, {});
    expect(outcome).toMatchObject({ ok: false, code: 'restricted' });
    expect(await db().clips.count()).toBe(0);
  });

  it('clips a tab through the injected extractor, then updates on a second clip', async () => {
    const tabId = await openTab('https://news.example.com/a/1');
    extractorReturns(makeDraft());
    const first = await handlers.clipTab({ tabId, mode: 'article' }, {});
    expect(first).toMatchObject({ ok: true, status: 'created' });
    const second = await handlers.clipTab({ tabId, mode: 'article' }, {});
    expect(second).toMatchObject({ ok: true, status: 'updated' });
    expect(await db().clips.count()).toBe(1);
    expect((await handlers.getTabStatus({ tabId }, {})).state).toBe('clipped');
  });

  it('reports the extractor’s reason when the page has nothing to clip', async () => {
    const tabId = await openTab('https://news.example.com/empty');
    extractorReturns({ error: { code: 'empty', message: 'no text' } });
    expect(await handlers.clipTab({ tabId, mode: 'article' }, {})).toMatchObject({ ok: false, code: 'empty' });
  });

  it('reports a full disk clearly and keeps earlier clips', async () => {
    await saveClip(makeDraft({ canonicalUrl: 'https://news.example.com/kept' }));
    const tabId = await openTab('https://news.example.com/a/9');
    extractorReturns(makeDraft({ canonicalUrl: 'https://news.example.com/a/9' }));
    vi.spyOn(db().clips, 'add').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    expect(await handlers.clipTab({ tabId, mode: 'article' }, {})).toMatchObject({ ok: false, code: 'storage-full' });
    expect((await db().clips.toArray()).map((c) => c.canonicalUrl)).toEqual(['https://news.example.com/kept']);
  });

  it('collapses two concurrent clips of one tab into one clip', async () => {
    const tabId = await openTab('https://news.example.com/a/1');
    extractorReturns(makeDraft());
    const [a, b] = await Promise.all([
      handlers.clipTab({ tabId, mode: 'article' }, {}),
      handlers.clipTab({ tabId, mode: 'article' }, {}),
    ]);
    expect(a).toEqual(b);
    expect(await db().clips.count()).toBe(1);
  });

  it('replaces tags and deletes clips', async () => {
    const { clip } = await saveClip(makeDraft());
    expect((await handlers.setTags({ id: clip.id, tags: ['a', 'A', 'b'] }, {})).tags).toEqual(['a', 'b']);
    expect(await handlers.deleteClip({ id: clip.id }, {})).toBe(true);
    expect(await db().clips.count()).toBe(0);
  });
});
