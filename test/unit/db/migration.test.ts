import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/db/clip';
import { listClips } from '../../../utils/db/list-clips';
import { applySchemaHistory, GleanerDb, SCHEMA_VERSION, setDb } from '../../../utils/db/schema';
import { readIndexState } from '../../../utils/db/search-meta';
import { tagCounts } from '../../../utils/db/tag-counts';
import { runSearchMaintenance, searchClipIds } from '../../../utils/search';
import { TOKENIZER_VERSION } from '../../../utils/search/tokenize';
import { makeDraft } from '../helpers/draft';
import { expectDerivedConsistent } from './derived';

let counter = 0;
const opened: Dexie[] = [];

/** A database as release 1 left it: only schema version 1, with clips in it. */
async function v1Database(clips: Omit<Clip, 'id'>[]): Promise<string> {
  const name = `gleaner-migration-${process.pid}-${++counter}`;
  const old = new Dexie(name);
  applySchemaHistory(old, 1);
  await old.open();
  await old.table('clips').bulkAdd(clips);
  expect(old.verno).toBe(1);
  old.close();
  return name;
}

afterEach(async () => {
  setDb(undefined);
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const v1Clip = (n: number, overrides: Partial<Clip> = {}): Omit<Clip, 'id'> => ({
  ...makeDraft({ url: `https://news.example.com/${n}`, canonicalUrl: `https://news.example.com/${n}` }),
  clippedAt: 1000 + n,
  updatedAt: 1000 + n,
  tags: [],
  note: '',
  ...overrides,
});

describe('schema v1 → v2', () => {
  it('keeps the clips and derives summaries, tag counts and a queued index from them', async () => {
    const name = await v1Database([
      v1Clip(1, { tags: ['정책', 'Seoul'], note: '메모' }),
      v1Clip(2, { tags: ['seoul'], title: 'Second', text: 'Investment news', lang: 'en-US' }),
      v1Clip(3, { lang: null }),
    ]);
    const db = new GleanerDb(name);
    opened.push(db);
    await db.open();
    setDb(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.clips.count()).toBe(3);
    await expectDerivedConsistent(db);
    expect((await db.clipSummaries.toArray()).map((s) => s.lang)).toEqual(['ko', 'en', 'ko']);
    expect(await tagCounts()).toEqual([
      { key: 'seoul', name: 'Seoul', count: 2 },
      { key: '정책', name: '정책', count: 1 },
    ]);
    expect(await db.indexQueue.count()).toBe(3);
    expect((await readIndexState(db)).tokenizerVersion).toBe(TOKENIZER_VERSION);

    await runSearchMaintenance();
    expect(await db.indexQueue.count()).toBe(0);
    expect((await searchClipIds('성동구')).sort()).toEqual([1, 3]);
    expect(await searchClipIds('invest')).toEqual([2]);
    expect(await searchClipIds('메모')).toEqual([1]);
    expect((await listClips({ tags: ['SEOUL'] }, 'clipped', { offset: 0, limit: 10 })).map((s) => s.id)).toEqual([2, 1]);
  });

  it('upgrades a v1 library of 1,000 clips: every clip present and searchable', async () => {
    const clips = Array.from({ length: 1000 }, (_, i) =>
      v1Clip(i + 1, { title: `Report ${i + 1}`, text: `marker${i + 1} 공통어휘 주민센터${i % 7}호 소식`, tags: i % 2 ? ['odd'] : [] }),
    );
    const name = await v1Database(clips);
    const db = new GleanerDb(name);
    opened.push(db);
    await db.open();
    setDb(db);
    expect(await db.clips.count()).toBe(1000);
    await runSearchMaintenance({ budgetMs: 60_000 });
    expect(await db.indexQueue.count()).toBe(0);
    expect((await searchClipIds('공통어휘')).length).toBe(1000);
    for (const n of [1, 2, 250, 499, 500, 777, 999, 1000]) expect(await searchClipIds(`"marker${n}"`)).toEqual([n]);
    expect((await searchClipIds('tag:odd')).length).toBe(500);
  });

  it('upgrades an empty v1 database', async () => {
    const name = await v1Database([]);
    const db = new GleanerDb(name);
    opened.push(db);
    await db.open();
    setDb(db);
    expect(await db.clipSummaries.count()).toBe(0);
    expect((await runSearchMaintenance()).ready).toBe(true);
  });
});
