import { lookupRange, type TermLookup } from '../../search/lookup';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { Clip } from '../clip';
import { getDb } from '../schema';
import { readIndexState, readStats } from '../search-meta';
import type { DeltaRow, StatsRow } from '../search-rows';

/** How far the stored index is from the clips. */
export interface IndexStatus {
  /** Every clip is searchable through the index (nothing queued, tokenizer current). */
  ready: boolean;
  /** Clips waiting to be indexed (imports, rebuild); they do not show up in searches yet. */
  queued: number;
  /** Clip parts in the delta table (searchable; merged in the background). */
  pending: number;
  tokenizerVersion: number;
}

/** A consistent read-only view of clips and index for one search (one IndexedDB transaction). */
export interface IndexSnapshot {
  stats: StatsRow;
  status: IndexStatus;
  /** Largest clip id in the library (sizes the scoring arrays). */
  maxClipId: number;
  /** Doc keys with a delta row: their postings in the records are superseded. */
  deltaKeys: number[];
  /** Every posting record the lookups cover. */
  readRecords(lookups: readonly TermLookup[]): Promise<Uint8Array[]>;
  /** Doc keys of delta rows holding a term the lookups cover. */
  deltaMatches(lookups: readonly TermLookup[]): Promise<number[]>;
  /** Delta rows by doc key (missing ones dropped). */
  deltaRows(keys: readonly number[]): Promise<DeltaRow[]>;
  getClips(ids: readonly number[]): Promise<(Clip | undefined)[]>;
  /** Clip ids, most recently clipped first. */
  recentClipIds(offset: number, limit: number): Promise<number[]>;
}

/** Run `read` against a consistent snapshot of the library and its search index. */
export async function withIndexSnapshot<T>(read: (snapshot: IndexSnapshot) => Promise<T>): Promise<T> {
  const db = getDb();
  return db.transaction('r', [db.clips, db.clipSummaries, db.terms, db.termDelta, db.searchMeta, db.indexQueue], async () => {
    const [stats, state, lastIds, deltaKeys, queued] = await Promise.all([
      readStats(db),
      readIndexState(db),
      db.clips.orderBy(':id').reverse().limit(1).primaryKeys(),
      db.termDelta.toCollection().primaryKeys(),
      db.indexQueue.count(),
    ]);
    const current = state.tokenizerVersion === TOKENIZER_VERSION;
    const snapshot: IndexSnapshot = {
      stats,
      status: { ready: current && queued === 0, queued: current ? queued : stats.clipCount, pending: deltaKeys.length, tokenizerVersion: state.tokenizerVersion },
      maxClipId: lastIds[0] ?? 0,
      deltaKeys,
      async readRecords(lookups) {
        const lists = await Promise.all(
          lookups.map((l) => {
            const r = lookupRange(l);
            return db.terms.where(':id').between(r.lower, r.upper, true, false).toArray();
          }),
        );
        return lists.flat();
      },
      async deltaMatches(lookups) {
        if (deltaKeys.length === 0) return [];
        const lists = await Promise.all(
          lookups.map((l) => {
            const index = db.termDelta.where('terms');
            if (l.kind === 'exact') return index.equals(l.term).primaryKeys();
            if (l.kind === 'prefix') return index.between(l.prefix, `${l.prefix}\uffff`, true, false).primaryKeys();
            return index.between(l.from, l.to, true, true).primaryKeys();
          }),
        );
        return [...new Set(lists.flat())];
      },
      async deltaRows(keys) {
        const rows = await db.termDelta.bulkGet([...keys]);
        return rows.filter((r): r is DeltaRow => r !== undefined);
      },
      getClips: (ids) => db.clips.bulkGet([...ids]),
      recentClipIds: (offset, limit) => db.clipSummaries.orderBy('clippedAt').reverse().offset(offset).limit(limit).primaryKeys(),
    };
    return read(snapshot);
  });
}

/** Current index status (for a "still indexing" hint in the UI). */
export async function readIndexStatus(): Promise<IndexStatus> {
  return withIndexSnapshot(async (s) => s.status);
}
