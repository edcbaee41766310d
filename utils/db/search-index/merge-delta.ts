import { clipOfDocKey } from '../../search/index-doc';
import { blockOf, normOf, recordKey } from '../../search/postings';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { GleanerDb } from '../schema';
import { readIndexState } from '../search-meta';
import type { DeltaRow } from '../search-rows';
import { applyRecordUpdates, RecordUpdates } from './record-writer';

/** Rows per merge transaction and a cap on the terms they touch, so saves wait at most briefly. */
export const MERGE_MAX_ROWS = 64;
export const MERGE_MAX_TERMS = 40_000;

/**
 * Fold a batch of delta rows into the posting records and delete them, in one transaction (a
 * crash leaves either the rows or the merged records, never neither). Resolves to rows merged.
 */
export async function mergeDelta(db: GleanerDb, maxRows = MERGE_MAX_ROWS, maxTerms = MERGE_MAX_TERMS): Promise<number> {
  return db.transaction('rw', [db.termDelta, db.terms, db.searchMeta], async () => {
    const state = await readIndexState(db);
    if (state.tokenizerVersion !== TOKENIZER_VERSION) return 0;
    const rows = await db.termDelta.limit(maxRows).toArray();
    const batch: DeltaRow[] = [];
    let terms = 0;
    for (const row of rows) {
      const size = row.terms.length + row.old.length;
      if (batch.length > 0 && terms + size > maxTerms) break;
      batch.push(row);
      terms += size;
    }
    if (batch.length === 0) return 0;
    const updates = new RecordUpdates();
    for (const row of batch) {
      const block = blockOf(clipOfDocKey(row.k));
      for (const term of row.old) updates.at(recordKey(term, block), block).remove.add(row.k);
      const norm = normOf(row.len);
      row.terms.forEach((term, i) => {
        updates.at(recordKey(term, block), block).add.push(row.k, row.tfs[i] ?? 0, norm);
      });
    }
    const blocks = new Set(state.blocksWithData);
    const written = await applyRecordUpdates(db, updates, blocks);
    await db.termDelta.bulkDelete(batch.map((r) => r.k));
    for (const b of written) blocks.add(b);
    await db.searchMeta.put({ ...state, blocksWithData: [...blocks].sort((a, b) => a - b) });
    return batch.length;
  });
}
