import { contentPart, docKey, metaPart, CONTENT_PART, META_PART } from '../../search/index-doc';
import { BLOCK_CLIPS, blockOf, normOf, recordKey } from '../../search/postings';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { GleanerDb } from '../schema';
import { readIndexState, readStats } from '../search-meta';
import { applyRecordUpdates, RecordUpdates } from './record-writer';

/** Clips read per read transaction while tokenizing a chunk. */
const READ_BATCH = 128;
/** Chunk size when the block already has records (each chunk then reads what it patches). */
const PATCH_CHUNK = 256;

interface Tokenized {
  updatedAt: number;
  /** Per part: weighted length (-1 when the part is not indexed here). */
  lengths: [number, number];
}

/**
 * If the stored index was built by another tokenizer version (or `force`), drop it and queue every
 * clip for re-indexing. One transaction, so two contexts cannot both start a rebuild.
 * Resolves to whether a rebuild was started.
 */
export async function startRebuildIfNeeded(db: GleanerDb, force = false): Promise<boolean> {
  if (!force && (await readIndexState(db)).tokenizerVersion === TOKENIZER_VERSION) return false;
  return db.transaction('rw', [db.terms, db.termDelta, db.indexQueue, db.searchMeta, db.clips], async () => {
    const state = await readIndexState(db);
    if (!force && state.tokenizerVersion === TOKENIZER_VERSION) return false;
    await Promise.all([db.terms.clear(), db.termDelta.clear(), db.indexQueue.clear()]);
    const ids = await db.clips.toCollection().primaryKeys();
    await db.indexQueue.bulkAdd(ids.map((id) => ({ id })));
    const stats = await readStats(db);
    await db.searchMeta.bulkPut([
      { ...stats, contentLength: 0, metaLength: 0 },
      { key: 'index', tokenizerVersion: TOKENIZER_VERSION, blocksWithData: [] },
    ]);
    return true;
  });
}

/**
 * Index the next queued clips of one block (all of them when the block is still empty). Tokenizing
 * happens outside any write transaction; the write transaction re-checks every clip and skips the
 * ones that changed meanwhile (they stay queued, or their delta row covers them), so a clip is
 * never indexed from a stale version. Resolves to how many clips left the queue.
 */
export async function processIndexQueue(db: GleanerDb, maxClips = BLOCK_CLIPS): Promise<number> {
  const picked = await db.transaction('r', [db.indexQueue, db.searchMeta], async () => {
    const state = await readIndexState(db);
    if (state.tokenizerVersion !== TOKENIZER_VERSION) return undefined;
    const first = await db.indexQueue.orderBy(':id').first();
    if (!first) return undefined;
    const block = blockOf(first.id);
    const limit = state.blocksWithData.includes(block) ? Math.min(PATCH_CHUNK, maxClips) : maxClips;
    const ids = await db.indexQueue
      .where(':id')
      .between(block * BLOCK_CLIPS, (block + 1) * BLOCK_CLIPS, true, false)
      .limit(limit)
      .primaryKeys();
    return { block, ids };
  });
  if (!picked || picked.ids.length === 0) return 0;
  const { block, ids } = picked;

  // Postings per record key as flat triples, in ascending doc key order (ids ascend, parts 0 then 1).
  const postings = new Map<string, number[]>();
  const tokenized = new Map<number, Tokenized>();
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    const clips = await db.clips.bulkGet(ids.slice(i, i + READ_BATCH));
    for (const clip of clips) {
      if (!clip) continue;
      const parts = [contentPart(clip), metaPart(clip)];
      parts.forEach((part, p) => {
        const key = docKey(clip.id, p === 0 ? CONTENT_PART : META_PART);
        const norm = normOf(part.length);
        part.terms.forEach((term, t) => {
          const rk = recordKey(term, block);
          let list = postings.get(rk);
          if (!list) postings.set(rk, (list = []));
          list.push(key, part.tfs[t] ?? 0, norm);
        });
      });
      tokenized.set(clip.id, { updatedAt: clip.updatedAt, lengths: [parts[0]?.length ?? 0, parts[1]?.length ?? 0] });
    }
  }

  return db.transaction('rw', [db.indexQueue, db.terms, db.termDelta, db.searchMeta, db.clipSummaries], async () => {
    const state = await readIndexState(db);
    if (state.tokenizerVersion !== TOKENIZER_VERSION) return 0;
    const partKeys = ids.flatMap((id) => [docKey(id, CONTENT_PART), docKey(id, META_PART)]);
    const [queued, summaries, deltas, stats] = await Promise.all([
      db.indexQueue.bulkGet(ids),
      db.clipSummaries.bulkGet(ids),
      db.termDelta.bulkGet(partKeys),
      readStats(db),
    ]);
    const skip = new Set<number>();
    const done: number[] = [];
    ids.forEach((id, i) => {
      const t = tokenized.get(id);
      const summary = summaries[i];
      const bothParts = [docKey(id, CONTENT_PART), docKey(id, META_PART)];
      if (!queued[i]) return void bothParts.forEach((k) => skip.add(k)); // another context did it
      if (!summary || !t) {
        bothParts.forEach((k) => skip.add(k)); // deleted: nothing to index
        done.push(id);
        return;
      }
      if (summary.updatedAt !== t.updatedAt) return void bothParts.forEach((k) => skip.add(k)); // changed: retry later
      done.push(id);
      bothParts.forEach((k, p) => {
        // A pending delta row is newer than the main index and will be merged itself.
        if (deltas[i * 2 + p]) skip.add(k);
        else if (p === 0) stats.contentLength += t.lengths[0];
        else stats.metaLength += t.lengths[1];
      });
    });
    const updates = new RecordUpdates();
    for (const [rk, flat] of postings) {
      const kept = skip.size === 0 ? flat : filterTriples(flat, skip);
      if (kept.length > 0) updates.at(rk, block).add = kept;
    }
    const blocks = new Set(state.blocksWithData);
    const written = await applyRecordUpdates(db, updates, blocks);
    for (const b of written) blocks.add(b);
    await Promise.all([
      db.indexQueue.bulkDelete(done),
      db.searchMeta.bulkPut([stats, { ...state, blocksWithData: [...blocks].sort((a, b) => a - b) }]),
    ]);
    return done.length;
  });
}

function filterTriples(flat: readonly number[], skip: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < flat.length; i += 3) {
    const key = flat[i] ?? 0;
    if (!skip.has(key)) out.push(key, flat[i + 1] ?? 0, flat[i + 2] ?? 0);
  }
  return out;
}
