import { buildPages } from '../../search/pages';
import { normOf } from '../../search/postings';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { GleanerDb } from '../schema';
import { readIndexState, readLive, readStats } from '../search-meta';
import type { DeltaRow } from '../search-rows';
import { addRun, NEW_RUN, type LiveUpdate } from './run-writer';

/** Rows per merge transaction and a cap on their postings, so saves wait at most briefly. */
export const MERGE_MAX_ROWS = 1000;
export const MERGE_MAX_POSTINGS = 600_000;

/**
 * Turn a batch of delta rows into a new run and delete them, in one transaction (a crash leaves
 * either the rows or the run, never neither). Resolves to rows merged.
 */
export async function mergeDelta(db: GleanerDb, maxRows = MERGE_MAX_ROWS, maxPostings = MERGE_MAX_POSTINGS): Promise<number> {
  return db.transaction('rw', [db.termDelta, db.indexRuns, db.indexPages, db.searchMeta], async () => {
    const state = await readIndexState(db);
    if (state.tokenizerVersion !== TOKENIZER_VERSION) return 0;
    const rows = await db.termDelta.limit(maxRows).toArray();
    const batch: DeltaRow[] = [];
    let total = 0;
    for (const row of rows) {
      if (batch.length > 0 && total + row.terms.length > maxPostings) break;
      batch.push(row);
      total += row.terms.length;
    }
    if (batch.length === 0) return 0;
    // Rows come in doc key order, so every term's postings are appended in ascending order.
    const postings = new Map<string, number[]>();
    const live = new Map<number, LiveUpdate>();
    for (const row of batch) {
      live.set(row.k, { slot: row.del ? 0 : NEW_RUN, norm: normOf(row.len) });
      row.terms.forEach((term, i) => {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(row.k, row.tfs[i] ?? 0);
      });
    }
    await addRun(db, state, await readLive(db), buildPages(postings), live);
    await db.termDelta.bulkDelete(batch.map((r) => r.k));
    if (batch.length === rows.length && rows.length < maxRows) {
      // The table is empty now: let queries skip it.
      const stats = await readStats(db);
      if (stats.deltaDirty) await db.searchMeta.put({ ...stats, deltaDirty: false });
    }
    return batch.length;
  });
}
