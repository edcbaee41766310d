import { describe, expect, it } from 'vitest';
import { restoreClips, type RestoreMode } from '../../../utils/db/restore';
import { GleanerDb } from '../../../utils/db/schema';
import { parseBackup, serializeBackup } from '../../../utils/export/backup';
import { generateClips } from '../export/generate-clips';

const meta = { appVersion: '0.1.0', exportedAt: new Date(0), settings: { theme: 'dark' } };
let counter = 0;

async function withDb<T>(run: (db: GleanerDb) => Promise<T>): Promise<T> {
  const db = new GleanerDb(`gleaner-roundtrip-${process.pid}-${++counter}`);
  await db.open();
  try {
    return await run(db);
  } finally {
    db.close();
    await db.delete();
  }
}

describe('export → restore round trip', () => {
  // Each seed is a different library: Korean/emoji/RTL text, lone surrogates, control characters,
  // empty and null fields, odd tags, and a few ~1 MB bodies.
  const cases: Array<[number, RestoreMode]> = [
    [1, 'replace'],
    [2, 'merge-skip'],
    [3, 'merge-update'],
    [4, 'replace'],
    [5, 'merge-skip'],
  ];

  it.each(cases)('seed %i restores into an empty library byte-identically (%s)', async (seed, mode) => {
    const original = generateClips(150, seed, { hugeRate: 0.02 });
    const { exported, before } = await withDb(async (source) => {
      await source.clips.bulkAdd(original);
      const rows = await source.clips.toArray();
      return { exported: serializeBackup(rows, meta), before: rows };
    });
    const parsed = parseBackup(exported);
    if (!parsed.ok) throw new Error(parsed.message);
    const { after, reexported } = await withDb(async (target) => {
      const summary = await restoreClips(parsed.backup.clips, mode, target);
      expect(summary).toEqual({ added: original.length, updated: 0, skipped: 0, removed: 0 });
      const rows = await target.clips.toArray();
      return { after: rows, reexported: serializeBackup(rows, meta) };
    });
    expect(after).toStrictEqual(before);
    expect(after).toStrictEqual(original);
    expect(reexported).toBe(exported);
    // A few ~1 MB bodies through fake-indexeddb twice: slow on a busy 2-core machine, not a speed check.
  }, 30_000);
});
