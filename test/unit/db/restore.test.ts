import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/db/clip';
import { saveClip } from '../../../utils/db/clips';
import { derivedDataLooksConsistent } from '../../../utils/db/derived-data';
import { restoreClips } from '../../../utils/db/restore';
import { tagCounts } from '../../../utils/db/tag-counts';
import { runSearchMaintenance } from '../../../utils/search/maintenance';
import { searchClipIds } from '../../../utils/search/search-ids';
import { makeDraft } from '../helpers/draft';
import { makeClip } from '../export/fixtures';
import { useFreshDb } from '../helpers/fresh-db';

const clip = (id: number, url: string, extra: Partial<Clip> = {}): Clip =>
  makeClip({ id, canonicalUrl: url, url, title: `clip ${id}`, ...extra });

describe('restoreClips', () => {
  const db = useFreshDb();

  it('replace empties the library and keeps the backup ids', async () => {
    await db().clips.bulkAdd([clip(1, 'https://old/1'), clip(2, 'https://old/2')]);
    const backup = [clip(5, 'https://new/5'), clip(9, 'https://new/9')];
    const summary = await restoreClips(backup, 'replace');
    expect(summary).toEqual({ added: 2, updated: 0, skipped: 0, removed: 2 });
    expect(await db().clips.toArray()).toStrictEqual(backup);
  });

  it('merge-skip keeps clips already in the library and adds the rest', async () => {
    const mine = clip(1, 'https://a', { note: 'mine' });
    await db().clips.add(mine);
    const summary = await restoreClips([clip(7, 'https://a', { note: 'backup' }), clip(8, 'https://b')], 'merge-skip');
    expect(summary).toEqual({ added: 1, updated: 0, skipped: 1, removed: 0 });
    expect(await db().clips.get(1)).toStrictEqual(mine);
    expect(await db().clips.get(8)).toStrictEqual(clip(8, 'https://b'));
  });

  it('merge-update overwrites clips with the same canonical URL, keeping their id', async () => {
    await db().clips.add(clip(1, 'https://a', { note: 'mine' }));
    const summary = await restoreClips([clip(7, 'https://a', { note: 'backup', tags: ['x'] })], 'merge-update');
    expect(summary).toEqual({ added: 0, updated: 1, skipped: 0, removed: 0 });
    expect(await db().clips.toArray()).toStrictEqual([{ ...clip(7, 'https://a', { note: 'backup', tags: ['x'] }), id: 1 }]);
  });

  it('gives a fresh id to a new clip whose id is taken by another article', async () => {
    await db().clips.add(clip(1, 'https://a'));
    await restoreClips([clip(1, 'https://b')], 'merge-skip');
    const all = await db().clips.orderBy('id').toArray();
    expect(all.map((c) => [c.id, c.canonicalUrl])).toEqual([
      [1, 'https://a'],
      [2, 'https://b'],
    ]);
  });

  it('is all or nothing: a failing replace leaves the old library in place', async () => {
    const old = [clip(1, 'https://old/1'), clip(2, 'https://old/2')];
    await db().clips.bulkAdd(old);
    // Two clips with one canonical URL violate the unique index halfway through the writes.
    const broken = [clip(5, 'https://new/5'), clip(6, 'https://new/6'), clip(7, 'https://new/5')];
    await expect(restoreClips(broken, 'replace')).rejects.toThrow();
    expect(await db().clips.toArray()).toStrictEqual(old);
  });

  it('is all or nothing in merge mode too', async () => {
    const old = [clip(1, 'https://old/1')];
    await db().clips.bulkAdd(old);
    await expect(restoreClips([clip(5, 'https://old/1', { note: 'new' }), clip(6, 'https://x'), clip(7, 'https://x')], 'merge-update')).rejects.toThrow();
    expect(await db().clips.toArray()).toStrictEqual(old);
  });
});

describe('restoreClips keeps summaries, tag counts and the search index consistent', () => {
  const db = useFreshDb();

  it('replace drops the old derived data and makes restored clips searchable', async () => {
    await saveClip(makeDraft({ title: '사라질 기사', canonicalUrl: 'https://old/1', url: 'https://old/1' }));
    await runSearchMaintenance();
    expect(await searchClipIds('사라질')).toHaveLength(1);
    await restoreClips([clip(5, 'https://new/5', { title: '폭염 대책 발표', tags: ['기후'] }), clip(6, 'https://new/6', { tags: ['기후', 'Seoul'] })], 'replace');
    expect(await derivedDataLooksConsistent(db())).toBe(true);
    expect(await db().clipSummaries.count()).toBe(2);
    expect((await tagCounts()).map((t) => [t.name, t.count])).toEqual(expect.arrayContaining([['기후', 2], ['Seoul', 1]]));
    await runSearchMaintenance();
    expect(await searchClipIds('사라질')).toEqual([]);
    expect(await searchClipIds('폭염')).toEqual([5]);
  });

  it('merge-update re-indexes the clips it overwrites', async () => {
    const { clip: mine } = await saveClip(makeDraft({ title: '옛 제목', canonicalUrl: 'https://a', url: 'https://a' }));
    await restoreClips([clip(9, 'https://a', { title: '새 제목 폭염' }), clip(10, 'https://b')], 'merge-update');
    expect(await derivedDataLooksConsistent(db())).toBe(true);
    await runSearchMaintenance();
    expect(await searchClipIds('폭염')).toEqual([mine.id]);
    expect(await searchClipIds('옛')).toEqual([]);
  });

  it('a failed restore leaves derived data untouched too', async () => {
    await saveClip(makeDraft({ canonicalUrl: 'https://old/1', url: 'https://old/1', title: '남는 기사' }));
    const before = await db().clipSummaries.toArray();
    await expect(restoreClips([clip(5, 'https://x'), clip(6, 'https://x')], 'replace')).rejects.toThrow();
    expect(await db().clipSummaries.toArray()).toEqual(before);
    expect(await derivedDataLooksConsistent(db())).toBe(true);
    await runSearchMaintenance();
    expect(await searchClipIds('남는')).toHaveLength(1);
  });
});
