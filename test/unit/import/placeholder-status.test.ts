import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../utils/background/badge';
import { resolveTabStatus } from '../../../utils/background/tab-status';
import { saveClip } from '../../../utils/db/clips';
import { importItems } from '../../../utils/db/import-items';
import { itemToClip } from '../../../utils/import/to-draft';
import { runSearchMaintenance, searchClipIds } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { parseHtml } from './load';

describe('a placeholder in the toolbar status', () => {
  useFreshDb();
  const url = 'https://news.example.com/saved/1';
  const verdict = { isArticle: true, score: 0.9, signals: {} } as const;

  it('reads "saved, not yet clipped" until the page is clipped, then "clipped"', async () => {
    const item = { url, title: 'Saved', tags: [], status: 'unread', favorite: false, addedAt: 1, line: 2 } as const;
    await importItems([itemToClip({ ...item, tags: [] }, window, 1, parseHtml)]);
    const saved = await resolveTabStatus(1, url, verdict);
    expect(saved).toMatchObject({ state: 'article', saved: true });
    expect(badgeFor(saved).text).toBe('○');
    await runSearchMaintenance();
    expect((await searchClipIds('is:saved')).length).toBe(1);
    await saveClip(makeDraft({ url, canonicalUrl: url }));
    // Clipping retires the placeholder facet at once (delta), before any maintenance.
    expect(await searchClipIds('is:saved')).toEqual([]);
    expect((await searchClipIds('성동구 -is:saved')).length).toBe(1);
    const clipped = await resolveTabStatus(1, url, verdict);
    expect(clipped).toMatchObject({ state: 'clipped' });
    expect(clipped.saved).toBeUndefined();
  });
});
