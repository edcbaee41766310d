import { describe, expect, it } from 'vitest';
import { saveClip } from '../../../utils/db/clips';
import { BULK_CHUNK } from '../../../utils/db/clip-update';
import { importClips } from '../../../utils/db/import-clips';
import { deleteTag, mergeTagsInto, renameTag } from '../../../utils/db/tag-admin';
import { bulkAddTags, bulkRemoveTags } from '../../../utils/db/tag-bulk';
import { suggestTags, tagCounts, tagUsage } from '../../../utils/db/tag-counts';
import { addClipTags, removeClipTags, setClipTags } from '../../../utils/db/tags';
import { searchClipIds } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { expectDerivedConsistent } from './derived';

async function clip(n: number): Promise<number> {
  const url = `https://t.example/${n}`;
  return (await saveClip(makeDraft({ url, canonicalUrl: url }), n)).clip.id;
}

const names = async () => (await tagCounts()).map((t) => `${t.name}:${t.count}`);

describe('tag repository', () => {
  const db = useFreshDb();

  it('counts tags case-insensitively, keeping the first spelling', async () => {
    const [a, b, c] = [await clip(1), await clip(2), await clip(3)];
    await setClipTags(a, ['AI', 'Économie']);
    await setClipTags(b, ['ai', '반도체']);
    await addClipTags(c, ['Ai', 'ai ', '반도체']);
    expect(await names()).toEqual(['AI:3', '반도체:2', 'Économie:1']);
    await removeClipTags(c, ['AI']);
    expect(await tagUsage('ai')).toBe(2);
    expect(await tagUsage('none')).toBe(0);
    await expectDerivedConsistent(db());
  });

  it('suggests tags by prefix and frequency, including later words of a tag', async () => {
    const ids = [await clip(1), await clip(2), await clip(3)];
    await setClipTags(ids[0] ?? 0, ['machine learning', 'Macro', 'Korea']);
    await setClipTags(ids[1] ?? 0, ['Macro', 'Maps']);
    await setClipTags(ids[2] ?? 0, ['Macro', 'Maps', 'learning theory']);
    expect((await suggestTags('ma')).map((t) => t.name)).toEqual(['Macro', 'Maps', 'machine learning']);
    expect((await suggestTags('LEARN')).map((t) => t.name)).toEqual(['learning theory', 'machine learning']);
    expect((await suggestTags('ma', 10, ['macro'])).map((t) => t.name)).toEqual(['Maps', 'machine learning']);
    expect((await suggestTags('', 2)).map((t) => t.name)).toEqual(['Macro', 'Maps']);
  });

  it('renames, merges and deletes tags on every clip, reporting how many changed', async () => {
    const [a, b, c] = [await clip(1), await clip(2), await clip(3)];
    await setClipTags(a, ['econ', 'Seoul']);
    await setClipTags(b, ['Econ']);
    await setClipTags(c, ['economy', 'econ']);
    expect(await renameTag('ECON', 'Economics')).toBe(3);
    expect(await names()).toEqual(['Economics:3', 'economy:1', 'Seoul:1']);
    expect(await mergeTagsInto(['economy', 'nothing'], 'Economics')).toBe(1);
    expect((await db().clips.get(c))?.tags).toEqual(['Economics']);
    expect(await renameTag('economics', 'ECONOMICS')).toBe(3); // case-only rename updates the spelling
    expect(await names()).toEqual(['ECONOMICS:3', 'Seoul:1']);
    expect((await searchClipIds('tag:economics')).sort()).toEqual([a, b, c]);
    expect(await deleteTag('economics')).toBe(3);
    expect(await names()).toEqual(['Seoul:1']);
    expect(await searchClipIds('tag:economics')).toEqual([]);
    expect(await searchClipIds('economics')).toEqual([]);
    await expectDerivedConsistent(db());
  });

  it('adds and removes tags in bulk across transaction chunks', async () => {
    const count = BULK_CHUNK + 20;
    await importClips(Array.from({ length: count }, (_, i) => makeDraft({ url: `https://b.example/${i}`, canonicalUrl: `https://b.example/${i}` })));
    const ids = await db().clips.toCollection().primaryKeys();
    expect(await bulkAddTags(ids, ['Batch', 'two'])).toBe(count);
    expect(await bulkAddTags(ids.slice(0, 5), ['batch'])).toBe(0);
    expect(await names()).toEqual([`Batch:${count}`, `two:${count}`]);
    expect(await bulkRemoveTags(ids.slice(0, 10), ['BATCH'])).toBe(10);
    expect(await tagUsage('batch')).toBe(count - 10);
    expect((await searchClipIds('tag:batch')).length).toBe(count - 10);
    await expectDerivedConsistent(db());
  });
});
