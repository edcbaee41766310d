import { describe, expect, it } from 'vitest';
import { readNative } from '../../../utils/db/native-read';
import type { QueueRow, TagRow } from '../../../utils/db/search-rows';
import { useFreshDb } from '../helpers/fresh-db';

describe('readNative', () => {
  const db = useFreshDb();

  it('reads rows by key in key order, with undefined where missing, and an empty batch at once', async () => {
    await db().tagIndex.bulkPut([
      { key: 'a', name: 'A', count: 1 },
      { key: 'b', name: 'B', count: 2 },
    ]);
    const [one, many, none] = await readNative(db(), ['tagIndex'], (r) =>
      Promise.all([r.get<TagRow>('tagIndex', 'b'), r.getMany<TagRow>('tagIndex', ['b', 'zz', 'a']), r.getMany<TagRow>('tagIndex', [])]),
    );
    expect(one?.name).toBe('B');
    expect(many.map((row) => row?.name)).toEqual(['B', undefined, 'A']);
    expect(none).toEqual([]);
  });

  it('lists keys ascending (capped), through an index, and descending with offset and limit', async () => {
    await db().indexQueue.bulkPut([5, 1, 3].map((id): QueueRow => ({ id })));
    await db().tagIndex.bulkPut([
      { key: 'x', name: 'X', count: 3 },
      { key: 'y', name: 'Y', count: 1 },
      { key: 'z', name: 'Z', count: 2 },
    ]);
    const out = await readNative(db(), ['indexQueue', 'tagIndex'], async (r) => ({
      all: await r.keys('indexQueue'),
      first: await r.keys('indexQueue', null, { count: 1 }),
      byCount: await r.keys('tagIndex', IDBKeyRange.bound(2, 3), { index: 'count' }),
      newest: await r.keysDescending('tagIndex', 'count', 0, 2),
      rest: await r.keysDescending('tagIndex', 'count', 1),
      beyond: await r.keysDescending('tagIndex', 'count', 5, 2),
      count: await r.count('indexQueue'),
    }));
    expect(out).toEqual({ all: [1, 3, 5], first: [1], byCount: ['z', 'x'], newest: ['x', 'z'], rest: ['z', 'y'], beyond: [], count: 3 });
  });

  it('opens a closed database before reading', async () => {
    await db().tagIndex.put({ key: 'k', name: 'K', count: 1 });
    db().close();
    expect(await readNative(db(), ['tagIndex'], (r) => r.count('tagIndex'))).toBe(1);
  });
});
