import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/db/clip';
import { listClipIds } from '../../../utils/db/list-clips';
import { readingCounts, setReading } from '../../../utils/db/reading';
import { applySchemaHistory, GleanerDb, SCHEMA_VERSION, setDb } from '../../../utils/db/schema';
import { runSearchMaintenance, searchClipIds } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { expectDerivedConsistent } from './derived';

let counter = 0;
const opened: Dexie[] = [];

afterEach(async () => {
  setDb(undefined);
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const oldClip = (n: number): Omit<Clip, 'id'> => ({
  ...makeDraft({ url: `https://news.example.com/${n}`, canonicalUrl: `https://news.example.com/${n}`, title: `River report ${n}` }),
  clippedAt: 1000 + n,
  updatedAt: 1000 + n,
  tags: n % 2 ? ['odd'] : [],
  note: '',
});

/** A database as release 2 left it: schema v2, summaries and search docs without reading fields. */
async function v2Database(clips: Omit<Clip, 'id'>[]): Promise<string> {
  const name = `gleaner-migration-v3-${process.pid}-${++counter}`;
  const v1 = new Dexie(name);
  applySchemaHistory(v1, 1);
  await v1.open();
  await v1.table('clips').bulkAdd(clips);
  v1.close();
  const v2 = new Dexie(name);
  applySchemaHistory(v2, 2);
  await v2.open();
  expect(v2.verno).toBe(2);
  // Today's summarizer fills reading fields in; a v2 release never wrote them.
  const strip = (row: Record<string, unknown>) => {
    for (const key of ['status', 'favorite', 'placeholder', 'flags']) delete row[key];
  };
  await v2.table('clipSummaries').toCollection().modify(strip);
  await v2.table('searchDocs').toCollection().modify((doc: { summary: Record<string, unknown> }) => strip(doc.summary));
  const summary: Record<string, unknown> | undefined = await v2.table('clipSummaries').toCollection().first();
  if (summary) expect('status' in summary).toBe(false);
  v2.close();
  return name;
}

describe('schema v2 → v3 (reading status)', () => {
  it('makes every existing clip unread and not favourite, keeps the rest, and its search works', async () => {
    const name = await v2Database(Array.from({ length: 40 }, (_, i) => oldClip(i + 1)));
    const db = new GleanerDb(name);
    opened.push(db);
    await db.open();
    setDb(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.clips.count()).toBe(40);
    expect((await db.clips.toArray()).every((c) => c.status === 'unread' && c.favorite === false && c.placeholder === false)).toBe(true);
    await expectDerivedConsistent(db);
    expect(await readingCounts()).toEqual({ unread: 40, archived: 0, favorite: 0, placeholder: 0 });
    expect((await listClipIds({ status: 'unread', tags: ['odd'] }, 'clipped')).length).toBe(20);
    await runSearchMaintenance();
    expect((await searchClipIds('river is:unread')).length).toBe(40);
    expect(await searchClipIds('is:archived')).toEqual([]);
    await setReading([3], { status: 'archived' });
    expect(await searchClipIds('river is:archived')).toEqual([3]);
    expect((await listClipIds({ status: 'archived' }, 'clipped'))).toEqual([3]);
  });

  it('upgrades an empty v2 database', async () => {
    const name = await v2Database([]);
    const db = new GleanerDb(name);
    opened.push(db);
    await db.open();
    setDb(db);
    expect(await readingCounts()).toEqual({ unread: 0, archived: 0, favorite: 0, placeholder: 0 });
  });
});
