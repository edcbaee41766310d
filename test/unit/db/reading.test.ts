import { describe, expect, it } from 'vitest';
import { saveClip } from '../../../utils/db/clips';
import { importClips } from '../../../utils/db/import-clips';
import { countClips, listClipIds } from '../../../utils/db/list-clips';
import { readingCounts, setReading } from '../../../utils/db/reading';
import { setClipTags } from '../../../utils/db/tags';
import { runSearchMaintenance, searchClipIds, searchLibrary } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { expectDerivedConsistent } from './derived';

async function add(n: number, title: string): Promise<number> {
  const url = `https://site${n}.example/a/${n}`;
  return (await saveClip(makeDraft({ url, canonicalUrl: url, title, text: `${title} body words` }), 100 * n)).clip.id;
}

describe('reading status', () => {
  const db = useFreshDb();

  it('starts unread and not favourite; marks read, archives, favourites and counts', async () => {
    const a = await add(1, 'Alpha river');
    const b = await add(2, 'Beta river');
    const c = await add(3, 'Gamma lake');
    expect(await db().clips.get(a)).toMatchObject({ status: 'unread', favorite: false, placeholder: false });
    expect(await readingCounts()).toEqual({ unread: 3, archived: 0, favorite: 0, placeholder: 0 });

    expect(await setReading([a, b], { status: 'archived' })).toBe(2);
    expect(await setReading([a], { status: 'archived' })).toBe(0);
    expect(await setReading([b, c], { favorite: true })).toBe(2);
    expect(await readingCounts()).toEqual({ unread: 1, archived: 2, favorite: 2, placeholder: 0 });
    await expectDerivedConsistent(db());

    expect(await listClipIds({ status: 'unread' }, 'clipped')).toEqual([c]);
    expect(await listClipIds({ status: 'archived' }, 'clipped')).toEqual([b, a]);
    expect(await listClipIds({ favorite: true }, 'clipped')).toEqual([c, b]);
    expect(await listClipIds({ favorite: false }, 'clipped')).toEqual([a]);
    expect(await countClips({ status: 'archived', favorite: true })).toBe(1);
  });

  it('search operators is:unread, is:archived, is:favorite filter before and after indexing', async () => {
    const a = await add(1, 'Alpha river');
    const b = await add(2, 'Beta river');
    const c = await add(3, 'Gamma lake');
    await setReading([a], { status: 'archived' });
    await setReading([b], { favorite: true });
    // Straight from the delta (not yet merged), then from the merged index.
    for (const round of [0, 1]) {
      if (round === 1) await runSearchMaintenance();
      expect((await searchClipIds('river is:unread')).sort()).toEqual([b]);
      expect(await searchClipIds('river is:archived')).toEqual([a]);
      expect(await searchClipIds('is:read')).toEqual([a]);
      expect((await searchClipIds('is:unread')).sort()).toEqual([b, c].sort());
      expect(await searchClipIds('is:favorite')).toEqual([b]);
      expect(await searchClipIds('is:favourite river')).toEqual([b]);
      expect((await searchClipIds('-is:favorite')).sort()).toEqual([a, c].sort());
      expect((await searchClipIds('-is:archived river')).sort()).toEqual([b]);
    }
    const page = await searchLibrary('is:unread');
    expect(page.hits.map((h) => h.clip.id).sort()).toEqual([b, c].sort());
    expect(page.hits.every((h) => h.clip.status === 'unread')).toBe(true);
  });

  it('keeps reading fields through tag edits and re-clips, and index facets follow status changes', async () => {
    const a = await add(1, 'Alpha river');
    await setReading([a], { status: 'archived', favorite: true });
    await setClipTags(a, ['x']);
    await saveClip(makeDraft({ url: 'https://site1.example/a/1', canonicalUrl: 'https://site1.example/a/1', title: 'Alpha river 2' }));
    expect(await db().clips.get(a)).toMatchObject({ status: 'archived', favorite: true, tags: ['x'] });
    await runSearchMaintenance();
    expect(await searchClipIds('is:archived is:favorite tag:x')).toEqual([a]);
    await setReading([a], { status: 'unread', favorite: false });
    expect(await searchClipIds('is:archived')).toEqual([]);
    expect(await searchClipIds('is:favorite')).toEqual([]);
    expect(await searchClipIds('is:unread')).toEqual([a]);
  });

  it('imported clips keep their reading fields, are queued, and filter once indexed', async () => {
    await importClips([
      { ...makeDraft({ url: 'https://p.example/1', canonicalUrl: 'https://p.example/1', title: 'Saved one', text: 'https://p.example/1' }), placeholder: true, status: 'archived' },
      { ...makeDraft({ url: 'https://p.example/2', canonicalUrl: 'https://p.example/2', title: 'Saved two', text: 'https://p.example/2' }), favorite: true },
    ]);
    expect(await readingCounts()).toEqual({ unread: 1, archived: 1, favorite: 1, placeholder: 1 });
    await runSearchMaintenance();
    expect((await searchClipIds('is:saved')).length).toBe(1);
    expect((await searchClipIds('saved is:archived is:saved')).length).toBe(1);
    expect((await searchClipIds('is:favorite two')).length).toBe(1);
    await expectDerivedConsistent(db());
  });
});
