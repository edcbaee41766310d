import { describe, expect, it } from 'vitest';
import { deleteClips, saveClip, undeleteClips } from '../../../utils/db/clips';
import { languageCounts, siteCounts } from '../../../utils/db/facet-counts';
import { importClips } from '../../../utils/db/import-clips';
import { countClips, listClipIds, listClips } from '../../../utils/db/list-clips';
import { setClipTags } from '../../../utils/db/tags';
import { searchClipIds } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { expectDerivedConsistent } from './derived';

async function add(n: number, fields: Parameters<typeof makeDraft>[0], clippedAt: number): Promise<number> {
  const url = fields?.canonicalUrl ?? `https://www.site${n}.example/a/${n}`;
  return (await saveClip(makeDraft({ url, canonicalUrl: url, ...fields }), clippedAt)).clip.id;
}

describe('listClips / countClips', () => {
  const db = useFreshDb();

  async function library() {
    const a = await add(1, { title: 'banana', lang: 'en', published: '2024-01-05T10:00:00Z', canonicalUrl: 'https://www.hani.co.kr/1' }, 300);
    const b = await add(2, { title: 'Apple', lang: 'ko', published: '2025-03-01T10:00:00+09:00', canonicalUrl: 'https://www.hani.co.kr/2' }, 100);
    const c = await add(3, { title: 'cherry', lang: 'ja', published: null, canonicalUrl: 'https://nikkei.com/3' }, 200);
    await setClipTags(a, ['Fruit', 'yellow']);
    await setClipTags(b, ['fruit']);
    return { a, b, c };
  }
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
  const all = { offset: 0, limit: 50 };

  it('sorts by clip time, publication time or title, either way', async () => {
    const { a, b, c } = await library();
    expect(ids(await listClips({}, 'clipped', all))).toEqual([a, c, b]);
    expect(ids(await listClips({}, 'published', all))).toEqual([b, a, c]); // c has no date: its clip time (200 ms) is oldest
    expect(ids(await listClips({}, 'title', all))).toEqual([b, a, c]);
    expect(ids(await listClips({}, { field: 'clippedAt', direction: 'asc' }, all))).toEqual([b, c, a]);
    expect(ids(await listClips({}, 'clipped', { offset: 1, limit: 1 }))).toEqual([c]);
    expect(await listClipIds({}, 'title')).toEqual([b, a, c]);
  });

  it('filters by tags (all of them), site, language, dates and untagged, and counts', async () => {
    const { a, b, c } = await library();
    const list = async (f: Parameters<typeof listClips>[0]) => ids(await listClips(f, 'clipped', all));
    expect(await list({ tags: ['FRUIT'] })).toEqual([a, b]);
    expect(await list({ tags: ['fruit', 'yellow'] })).toEqual([a]);
    expect(await list({ site: 'hani.co.kr' })).toEqual([a, b]);
    expect(await list({ site: 'https://nikkei.com/' })).toEqual([c]);
    expect(await list({ lang: 'KO' })).toEqual([b]);
    expect(await list({ after: '2024-06-01' })).toEqual([b]); // c is dated by its clip time (1970)
    expect(await list({ before: '2024-06-01', after: '2024-01-01' })).toEqual([a]);
    expect(await list({ untagged: true })).toEqual([c]);
    expect(await list({ untagged: false, site: 'hani' })).toEqual([a, b]);
    expect(await countClips({ tags: ['fruit'] })).toBe(2);
    expect(await countClips({})).toBe(3);
    expect(await listClipIds({ tags: ['fruit'] }, 'title', { offset: 1 })).toEqual([a]);
    // The cached ordering follows changes.
    await setClipTags(c, ['Fruit']);
    expect(await list({ tags: ['fruit'] })).toEqual([a, c, b]);
    expect(await siteCounts()).toEqual([
      { value: 'hani.co.kr', count: 2 },
      { value: 'nikkei.com', count: 1 },
    ]);
    expect((await languageCounts()).map((l) => l.value).sort()).toEqual(['en', 'ja', 'ko']);
  });

  it('pages large filtered lists in order', async () => {
    const n = 2100; // above the in-memory sort threshold
    await importClips(
      Array.from({ length: n }, (_, i) => ({
        ...makeDraft({ url: `https://l.example/${i}`, canonicalUrl: `https://l.example/${i}`, title: `t${String(i).padStart(5, '0')}`, lang: i % 2 ? 'en' : 'ko' }),
        clippedAt: 10_000 + i,
      })),
    );
    expect(await countClips({ lang: 'en' })).toBe(n / 2);
    const page = await listClips({ lang: 'en' }, 'clipped', { offset: 10, limit: 3 });
    expect(page.map((s) => s.title)).toEqual(['t02079', 't02077', 't02075']);
    const byTitle = await listClips({ lang: 'ko' }, 'title', { offset: 0, limit: 2 });
    expect(byTitle.map((s) => s.title)).toEqual(['t00000', 't00002']);
  });

  it('deletes clips and puts them back with their ids, tags and searchability', async () => {
    const { a, b } = await library();
    const removed = await deleteClips([a, b, 999]);
    expect(removed.map((c) => c.id)).toEqual([a, b]);
    expect(await countClips({})).toBe(1);
    expect(await searchClipIds('tag:fruit')).toEqual([]);
    expect((await undeleteClips(removed)).map((c) => c.id)).toEqual([a, b]);
    expect((await searchClipIds('tag:fruit')).sort()).toEqual([a, b]);
    await expectDerivedConsistent(db());
  });
});
