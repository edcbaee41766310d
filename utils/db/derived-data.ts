import type { Clip } from './clip';
import { changeTables } from './clip-change';
import { summarizeClip, type ClipSummary } from './clip-summary';
import { getDb, type GleanerDb } from './schema';
import { emptyIndexState, emptyLive, readIndexState, readStats } from './search-meta';
import { emptyStats, type SearchDocRow, type TagRow } from './search-rows';
import { tagKey } from './tag-key';

/** Every table derived from `clips` (a transaction calling clearDerivedData must include them). */
export function derivedTables(db: GleanerDb) {
  return [...changeTables(db), db.indexRuns, db.indexPages];
}

/**
 * Inside the caller's read-write transaction over derivedTables(db): forget everything derived
 * from clips (summaries, tag counts, search index). For code that rewrites `clips` wholesale, e.g.
 * a "replace" restore, which then records the new clips with recordClipChanges(…, { queueNew }).
 */
export async function clearDerivedData(db: GleanerDb): Promise<void> {
  const [stats, state] = await Promise.all([readStats(db), readIndexState(db)]);
  await Promise.all([
    db.clipSummaries.clear(),
    db.searchDocs.clear(),
    db.tagIndex.clear(),
    db.termDelta.clear(),
    db.indexRuns.clear(),
    db.indexPages.clear(),
    db.indexQueue.clear(),
  ]);
  await db.searchMeta.bulkPut([
    { ...emptyStats(), maxClipId: stats.maxClipId, revision: stats.revision + 1 },
    { ...emptyIndexState(), nextRunId: state.nextRunId, liveVersion: state.liveVersion + 1 },
    emptyLive(),
  ]);
}

/**
 * Recompute summaries, tag counts and statistics from the clips and queue every clip for indexing,
 * in one transaction. The repair for clips written without recordClipChanges.
 */
export async function resyncDerivedData(db: GleanerDb = getDb()): Promise<void> {
  await db.transaction('rw', derivedTables(db), async () => {
    await clearDerivedData(db);
    const summaries: ClipSummary[] = [];
    const docs: SearchDocRow[] = [];
    const tags = new Map<string, TagRow>();
    await db.clips.each((clip: Clip) => {
      const summary = summarizeClip(clip);
      summaries.push(summary);
      docs.push({ id: clip.id, summary, text: clip.text });
      for (const tag of clip.tags) {
        const key = tagKey(tag);
        const row = tags.get(key) ?? { key, name: tag, count: 0 };
        row.count++;
        tags.set(key, row);
      }
    });
    const stats = await readStats(db);
    await Promise.all([
      db.clipSummaries.bulkAdd(summaries),
      db.searchDocs.bulkAdd(docs),
      db.tagIndex.bulkAdd([...tags.values()]),
      db.indexQueue.bulkAdd(summaries.map((s) => ({ id: s.id }))),
      db.searchMeta.put({
        ...stats,
        clipCount: summaries.length,
        maxClipId: summaries.reduce((m, x) => Math.max(m, x.id), stats.maxClipId),
        queueDirty: summaries.length > 0,
      }),
    ]);
  });
}

/**
 * Whether the clips look like they went through recordClipChanges: a clip id above the largest one
 * recorded means someone added clips behind its back (an old restore). One key seek — counting
 * would scan every clip's bytes in IndexedDB's store.
 */
export async function derivedDataLooksConsistent(db: GleanerDb = getDb()): Promise<boolean> {
  return db.transaction('r', [db.clips, db.searchMeta], async () => {
    const [last, stats] = await Promise.all([db.clips.orderBy(':id').reverse().limit(1).primaryKeys(), readStats(db)]);
    return (last[0] ?? 0) <= stats.maxClipId;
  });
}
