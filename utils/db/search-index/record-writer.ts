import { updateRecord } from '../../search/postings';
import type { GleanerDb } from '../schema';

/** Changes to one posting record: doc keys to drop and postings (flat triples) to add. */
export interface RecordUpdate {
  block: number;
  remove: Set<number>;
  add: number[];
}

/** Collects record updates by storage key. */
export class RecordUpdates {
  readonly byKey = new Map<string, RecordUpdate>();

  /** The update for a record key, created on first use. */
  at(key: string, block: number): RecordUpdate {
    let u = this.byKey.get(key);
    if (!u) {
      u = { block, remove: new Set(), add: [] };
      this.byKey.set(key, u);
    }
    return u;
  }
}

/**
 * Write record updates inside the caller's read-write transaction over `terms`. Records in blocks
 * that have no data yet are written without reading (the rebuild's fast path); others are read,
 * patched and written back, or deleted when they become empty. Returns the blocks written to.
 */
export async function applyRecordUpdates(db: GleanerDb, updates: RecordUpdates, blocksWithData: ReadonlySet<number>): Promise<Set<number>> {
  const keys = [...updates.byKey.keys()];
  const toRead = keys.filter((k) => blocksWithData.has(updates.byKey.get(k)?.block ?? -1));
  const existing = toRead.length > 0 ? await db.terms.bulkGet(toRead) : [];
  const current = new Map<string, Uint8Array>();
  toRead.forEach((k, i) => {
    const rec = existing[i];
    if (rec) current.set(k, rec);
  });
  const putKeys: string[] = [];
  const putValues: Uint8Array[] = [];
  const deleteKeys: string[] = [];
  const written = new Set<number>();
  for (const [key, u] of updates.byKey) {
    const before = current.get(key);
    const after = updateRecord(before, u.block, u.remove, u.add);
    if (after) {
      putKeys.push(key);
      putValues.push(after);
      written.add(u.block);
    } else if (before) {
      deleteKeys.push(key);
    }
  }
  await Promise.all([
    putKeys.length > 0 ? db.terms.bulkPut(putValues, putKeys) : undefined,
    deleteKeys.length > 0 ? db.terms.bulkDelete(deleteKeys) : undefined,
  ]);
  return written;
}
