import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onCommand, onMenuClick } from '../../../utils/background/capture-actions';
import { MENU_CLIP_PAGE, MENU_CLIP_SELECTION } from '../../../utils/background/menus';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';

describe('shortcut and context menu', () => {
  const db = useFreshDb();
  let modes: string[];
  let badge: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    modes = [];
    badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      if ('files' in injection) return [];
      const [options] = injection.args ?? [];
      // The image capture that follows a clip gets the clip's HTML; the page here has no images.
      if (typeof options === 'string') return [{ frameId: 0, documentId: 'doc', result: { images: [], skipped: [] } }];
      modes.push(String(Reflect.get(Object(options), 'mode')));
      return [{ frameId: 0, documentId: 'doc', result: makeDraft({ mode: 'article' }) }];
    });
  });

  async function tab(url = 'https://news.example.com/a/1') {
    const created = await fakeBrowser.tabs.create({ url });
    return created.id;
  }

  it('the clip-page command clips the tab and flashes the badge', async () => {
    const outcome = await onCommand('clip-page', await tab());
    expect(outcome).toMatchObject({ ok: true, status: 'created' });
    expect(modes).toEqual(['article']);
    expect(badge).toHaveBeenCalledWith(expect.objectContaining({ text: '✓' }));
    expect(await db().clips.count()).toBe(1);
  });

  it('ignores other commands', async () => {
    expect(await onCommand('something-else', await tab())).toBeUndefined();
    expect(await db().clips.count()).toBe(0);
  });

  it('"Clip this page" and "Clip selection" clip with their modes', async () => {
    const id = await tab();
    await onMenuClick(MENU_CLIP_PAGE, id);
    await onMenuClick(MENU_CLIP_SELECTION, id);
    expect(modes).toEqual(['article', 'selection']);
  });

  it('flashes a failure on a page that cannot be clipped', async () => {
    const outcome = await onMenuClick(MENU_CLIP_PAGE, await tab('chrome://newtab'));
    expect(outcome).toMatchObject({ ok: false, code: 'restricted' });
    expect(badge).toHaveBeenCalledWith(expect.objectContaining({ text: '!' }));
  });
});
