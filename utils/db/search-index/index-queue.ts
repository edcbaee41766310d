import { contentPart, docKey, metaPart, CONTENT_PART, META_PART, type IndexSource } from '../../search/index-doc';
import { buildPages } from '../../search/pages';
import { normOf } from '../../search/postings';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { GleanerDb } from '../schema';
import { emptyIndexState, emptyLive, readIndexState, readLive, readStats } from '../search-meta';
import type { SearchDocRow } from '../search-rows';
import { addRun, NEW_RUN, type LiveUpdate } from './run-writer';

/** What indexing reads, from a search doc (its summary keeps every indexed field but the body). */
export function indexSourceOf(doc: SearchDocRow): IndexSource & { updatedAt: number } {
  return { ...doc.summary, text: doc.text };
}

/** Clips per queue chunk (one run each; compaction merges the runs later). */
export const QUEUE_CHUNK = 2048;
/** Clips read per read transaction while tokenizing a chunk. */
const READ_BATCH = 128;

/**
 * If the stored index was built by another tokenizer version (or `force`), drop it and queue every
 * clip for re-indexing. One transaction, so two contexts cannot both start a rebuild.
 * Resolves to whether a rebuild was started.
 */
export async function startRebuildIfNeeded(db: GleanerDb, force = false): Promise<boolean> {
  if (!force && (await readIndexState(db)).tokenizerVersion === TOKENIZER_VERSION) return false;
  return db.transaction('rw', [db.indexRuns, db.indexPages, db.termDelta, db.indexQueue, db.searchMeta, db.clips], async () => {
    const state = await readIndexState(db);
    if (!force && state.tokenizerVersion === TOKENIZER_VERSION) return false;
    await Promise.all([db.indexRuns.clear(), db.indexPages.clear(), db.termDelta.clear(), db.indexQueue.clear()]);
    const ids = await db.clips.toCollection().primaryKeys();
    await db.indexQueue.bulkAdd(ids.map((id) => ({ id })));
    const stats = await readStats(db);
    await db.searchMeta.bulkPut([
      { ...stats, contentLength: 0, metaLength: 0, deltaDirty: false, queueDirty: ids.length > 0 },
      { ...emptyIndexState(), nextRunId: state.nextRunId, liveVersion: state.liveVersion + 1 },
      emptyLive(),
    ]);
    return true;
  });
}

/**
 * Index the next chunk of queued clips as one new run. Tokenizing happens outside any write
 * transaction; the write transaction re-checks every clip and skips the ones that changed meanwhile
 * (they stay queued, or their delta row covers them), so a clip is never indexed from a stale
 * version. Resolves to how many clips left the queue.
 */
export async function processIndexQueue(db: GleanerDb, maxClips = QUEUE_CHUNK): Promise<number> {
  const ids = await db.transaction('r', [db.indexQueue, db.searchMeta], async () => {
    const state = await readIndexState(db);
    if (state.tokenizerVersion !== TOKENIZER_VERSION) return [];
    return db.indexQueue.limit(maxClips).primaryKeys();
  });
  if (ids.length === 0) return 0;

  // Flat [key, tf] postings per term, in ascending doc key order (ids ascend, parts 0 then 1).
  const postings = new Map<string, number[]>();
  const seen = new Map<number, { updatedAt: number; lengths: [number, number] }>();
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    // The search docs hold every indexed field at a third of a whole clip's bytes.
    const docs = await db.searchDocs.bulkGet(ids.slice(i, i + READ_BATCH));
    for (const doc of docs) {
      if (!doc) continue;
      const clip = indexSourceOf(doc);
      const parts = [contentPart(clip), metaPart(clip)] as const;
      parts.forEach((part, p) => {
        const key = docKey(clip.id, p === 0 ? CONTENT_PART : META_PART);
        part.terms.forEach((term, t) => {
          let list = postings.get(term);
          if (!list) postings.set(term, (list = []));
          list.push(key, part.tfs[t] ?? 0);
        });
      });
      seen.set(clip.id, { updatedAt: clip.updatedAt, lengths: [parts[0].length, parts[1].length] });
    }
  }

  // Sorting and encoding happen before the write transaction so saves are not held up by them.
  const built = buildPages(postings);

  return db.transaction('rw', [db.indexQueue, db.indexRuns, db.indexPages, db.termDelta, db.searchMeta, db.clipSummaries], async () => {
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
    const live = new Map<number, LiveUpdate>();
    const done: number[] = [];
    ids.forEach((id, i) => {
      const t = seen.get(id);
      const summary = summaries[i];
      const both = [docKey(id, CONTENT_PART), docKey(id, META_PART)];
      if (!queued[i] || (summary && t && summary.updatedAt !== t.updatedAt)) {
        // Done by another context, or changed since we read it (retried next round).
        both.forEach((k) => skip.add(k));
        return;
      }
      done.push(id);
      if (!summary || !t) return void both.forEach((k) => skip.add(k)); // deleted: nothing to index
      both.forEach((k, p) => {
        // A pending delta row is newer than what we read; merging it will index this part.
        if (deltas[i * 2 + p]) return void skip.add(k);
        live.set(k, { slot: NEW_RUN, norm: normOf(t.lengths[p] ?? 0) });
        if (p === 0) stats.contentLength += t.lengths[0];
        else stats.metaLength += t.lengths[1];
      });
    });
    let run = built;
    if (skip.size > 0) {
      for (const [term, flat] of postings) {
        const kept: number[] = [];
        for (let j = 0; j < flat.length; j += 2) if (!skip.has(flat[j] ?? 0)) kept.push(flat[j] ?? 0, flat[j + 1] ?? 0);
        if (kept.length > 0) postings.set(term, kept);
        else postings.delete(term);
      }
      run = buildPages(postings);
    }
    await addRun(db, state, await readLive(db), run, live);
    await db.indexQueue.bulkDelete(done);
    if (stats.queueDirty && (await db.indexQueue.limit(1).primaryKeys()).length === 0) stats.queueDirty = false;
    await db.searchMeta.put(stats);
    return done.length;
  });
}
