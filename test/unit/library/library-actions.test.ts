import { describe, expect, it } from 'vitest';
import {
  addTagToClips,
  deleteClips,
  deleteTag,
  mergeTags,
  removeTagFromClips,
  renameTag,
  setClipNote,
  setClipTags,
  undeleteClips,
} from '../../../components/library/library-actions';
import { loadTagCounts } from '../../../components/library/library-data';
import { getClip, saveClip } from '../../../utils/db/clips';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { useLibraryBrowser } from './helpers';

/** The library's writes, sent as runtime messages and answered by the real background handler map. */
describe('library writes through the background', () => {
  const db = useFreshDb();
  useLibraryBrowser();

  async function two() {
    const a = await saveClip(makeDraft({ canonicalUrl: 'https://news.example.com/a/1' }));
    const b = await saveClip(makeDraft({ canonicalUrl: 'https://news.example.com/a/2' }));
    return [a.clip.id, b.clip.id] as const;
  }

  it('saves a note', async () => {
    const [id] = await two();
    await setClipNote(id, '다시 읽기');
    expect((await getClip(id))?.note).toBe('다시 읽기');
  });

  it('adds and removes a tag on many clips, and counts follow', async () => {
    const ids = await two();
    expect(await addTagToClips(ids, '정책')).toBe(2);
    expect(await loadTagCounts()).toEqual([{ tag: '정책', count: 2 }]);
    expect(await removeTagFromClips([ids[0]], '정책')).toBe(1);
    expect(await loadTagCounts()).toEqual([{ tag: '정책', count: 1 }]);
  });

  it('renames, merges and deletes tags', async () => {
    const [a, b] = await two();
    await setClipTags(a, ['기후', 'Seoul']);
    await setClipTags(b, ['기후변화']);
    await renameTag('seoul', '서울');
    expect((await getClip(a))?.tags).toEqual(['기후', '서울']);
    await mergeTags('기후변화', '기후');
    expect((await getClip(b))?.tags).toEqual(['기후']);
    expect(await loadTagCounts()).toEqual([
      { tag: '기후', count: 2 },
      { tag: '서울', count: 1 },
    ]);
    await deleteTag('기후');
    expect(await loadTagCounts()).toEqual([{ tag: '서울', count: 1 }]);
  });

  it('deletes clips and puts them back with their ids, tags and notes', async () => {
    const ids = await two();
    await setClipTags(ids[0], ['keep']);
    await setClipNote(ids[0], 'note');
    const deleted = await deleteClips(ids);
    expect(deleted.map((clip) => clip.id)).toEqual([...ids]);
    expect(await db().clips.count()).toBe(0);
    await undeleteClips(deleted);
    expect(await getClip(ids[0])).toMatchObject({ tags: ['keep'], note: 'note' });
    expect(await db().clips.count()).toBe(2);
  });
});
