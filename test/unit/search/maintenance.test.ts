import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { saveClip } from '../../../utils/db/clips';
import { importClips } from '../../../utils/db/import-clips';
import { getDb } from '../../../utils/db/schema';
import { compactRuns } from '../../../utils/db/search-index/compaction';
import { mergeDelta } from '../../../utils/db/search-index/merge-delta';
import { processIndexQueue } from '../../../utils/db/search-index/index-queue';
import { readIndexState, readStats } from '../../../utils/db/search-meta';
import { setClipTags } from '../../../utils/db/tags';
import { getIndexStatus, runSearchMaintenance, searchClipIds, searchLibrary } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';

const draft = (n: number, text: string) => makeDraft({ url: `https://e.example/${n}`, canonicalUrl: `https://e.example/${n}`, title: `제목 ${n}`, text });
const ids = async (q: string) => [...(await searchClipIds(q))].sort((a, b) => a - b);

describe('index maintenance', () => {
  useFreshDb();

  it('rebuilds the whole index when the tokenizer version changes, and reports progress', async () => {
    const db = getDb();
    const a = (await saveClip(draft(1, '성동구가 상을 받았다'))).clip;
    await runSearchMaintenance();
    // Pretend the stored index came from an older tokenizer.
    const state = await readIndexState(db);
    await db.searchMeta.put({ ...state, tokenizerVersion: 0 });
    expect((await getIndexStatus()).ready).toBe(false);
    const status = await runSearchMaintenance();
    expect(status).toMatchObject({ ready: true, queued: 0, pending: 0 });
    expect((await readIndexState(db)).tokenizerVersion).toBeGreaterThan(0);
    expect(await ids('성동구')).toEqual([a.id]);
  });

  it('indexes imported clips in the background; until then they are reported as queued', async () => {
    const result = await importClips([{ ...draft(1, '반도체 공장'), tags: ['Economy'] }, { ...draft(2, '배터리 공장'), note: 'check' }]);
    expect(result).toEqual({ created: 2, updated: 0 });
    const before = await searchLibrary('공장');
    expect(before.hits).toEqual([]);
    expect(before.index).toMatchObject({ ready: false, queued: 2 });
    await runSearchMaintenance();
    expect((await ids('공장')).length).toBe(2);
    expect((await ids('tag:economy')).length).toBe(1);
  });

  it('never indexes a queued clip from a version that changed while it was being tokenized', async () => {
    const db = getDb();
    await importClips([draft(1, '처음 내용'), draft(2, '다른 글')]);
    const [first] = await db.clips.toCollection().primaryKeys();
    const original = db.searchDocs.bulkGet.bind(db.searchDocs);
    // Edit clip 1 right after the indexer has read it (between its read and its write).
    const spy = vi.spyOn(db.searchDocs, 'bulkGet').mockImplementationOnce((keys) =>
      Dexie.Promise.resolve(
        (async () => {
          const read = await original(keys);
          await setClipTags(first ?? 0, ['바뀜']);
          return read;
        })(),
      ),
    );
    await processIndexQueue(db);
    spy.mockRestore();
    expect(await db.indexQueue.count()).toBe(1); // clip 1 stays queued, clip 2 is done
    await runSearchMaintenance();
    expect(await ids('바뀜')).toEqual([first]);
    expect(await ids('처음')).toEqual([first]);
    expect(await db.indexQueue.count()).toBe(0);
  });

  it('keeps updates made during a compaction', async () => {
    const db = getDb();
    for (let i = 1; i <= 4; i++) {
      await saveClip(draft(i, `공통 단어 ${i}번째`));
      await mergeDelta(db); // one run per clip: four runs, ready to compact
    }
    const clip = await db.clips.get(1);
    const original = db.indexPages.bulkGet.bind(db.indexPages);
    const spy = vi.spyOn(db.indexPages, 'bulkGet').mockImplementationOnce((keys) =>
      Dexie.Promise.resolve(
        (async () => {
          const pages = await original(keys);
          await saveClip({ ...draft(1, '완전히 새 내용'), url: clip?.url ?? '', canonicalUrl: clip?.canonicalUrl ?? '' });
          await mergeDelta(db);
          return pages;
        })(),
      ),
    );
    expect(await compactRuns(db)).toBe(true);
    spy.mockRestore();
    expect(await ids('공통')).toEqual([2, 3, 4]);
    expect(await ids('완전히')).toEqual([1]);
    expect((await readIndexState(db)).runs.length).toBe(2);
  });

  it('drops runs left half-written by a compaction that died', async () => {
    const db = getDb();
    for (let i = 1; i <= 4; i++) {
      await saveClip(draft(i, `단어 ${i}`));
      await mergeDelta(db);
    }
    const spy = vi.spyOn(db.indexPages, 'bulkGet').mockRejectedValueOnce(new Error('context killed'));
    await expect(compactRuns(db)).rejects.toThrow('context killed');
    spy.mockRestore();
    expect((await readIndexState(db)).building).toHaveLength(1);
    await runSearchMaintenance();
    const state = await readIndexState(db);
    expect(state.building).toEqual([]);
    expect(state.runs).toHaveLength(1);
    expect(await db.indexRuns.count()).toBe(1);
    expect(await ids('단어')).toEqual([1, 2, 3, 4]);
  });

  it('lets queries skip an empty delta and queue, and notices when they fill again', async () => {
    const db = getDb();
    const a = (await saveClip(draft(1, '첫 글'))).clip;
    await runSearchMaintenance();
    expect(await readStats(db)).toMatchObject({ deltaDirty: false, queueDirty: false });
    expect(await ids('첫')).toEqual([a.id]); // this snapshot learns "clean"
    const b = (await saveClip(draft(2, '둘째 글'))).clip;
    expect((await readStats(db)).deltaDirty).toBe(true);
    expect(await ids('둘째')).toEqual([b.id]); // expected clean, found dirty: still found
    await importClips([draft(3, '셋째 글')]);
    expect((await searchLibrary('셋째')).index.queued).toBe(1);
    await runSearchMaintenance();
    expect(await ids('글')).toEqual([1, 2, 3]);
    expect(await readStats(db)).toMatchObject({ deltaDirty: false, queueDirty: false });
  });

  it('repairs summaries and the index after clips were written behind its back', async () => {
    const db = getDb();
    await saveClip(draft(1, '정상 저장'));
    // A writer that bypasses recordClipChanges (e.g. an old restore).
    await db.clips.add({ ...draft(2, '몰래 들어온 글'), clippedAt: 5, updatedAt: 5, tags: ['x'], note: '' });
    expect(await ids('몰래')).toEqual([]);
    await runSearchMaintenance();
    expect(await ids('몰래')).toEqual([2]);
    expect(await db.clipSummaries.count()).toBe(2);
  });
});
