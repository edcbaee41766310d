import type { Clip } from './clip';
import { recordClipChanges, type ClipChange } from './clip-change';
import { clearDerivedData, derivedTables } from './derived-data';
import { imageTables } from './images';
import { getDb, type GleanerDb } from './schema';

/**
 * How a restore treats the library: `replace` empties it first; `merge-skip` keeps clips already
 * there (same canonical URL) and adds the rest; `merge-update` overwrites them with the backup's.
 */
export type RestoreMode = 'replace' | 'merge-skip' | 'merge-update';

/** What a restore did. */
export interface RestoreSummary {
  added: number;
  updated: number;
  skipped: number;
  /** Clips deleted because `replace` emptied the library. */
  removed: number;
}

/** A clip without its id, so IndexedDB assigns a fresh one. */
function withoutId(clip: Clip): Omit<Clip, 'id'> {
  const { id: _ignored, ...rest } = clip;
  return rest;
}

async function replaceAll(db: GleanerDb, clips: readonly Clip[]): Promise<RestoreSummary> {
  const removed = await db.clips.count();
  await db.clips.clear();
  await clearDerivedData(db);
  // The removed clips' images go with them (a backup without images cannot refer to them).
  for (const table of imageTables(db)) await table.clear();
  await db.clips.bulkAdd([...clips]);
  await recordClipChanges(db, clips.map((after) => ({ after })), { queueNew: true });
  return { added: clips.length, updated: 0, skipped: 0, removed };
}

async function merge(db: GleanerDb, clips: readonly Clip[], update: boolean): Promise<RestoreSummary> {
  const summary: RestoreSummary = { added: 0, updated: 0, skipped: 0, removed: 0 };
  const existing = await db.clips.where('canonicalUrl').anyOf(clips.map((clip) => clip.canonicalUrl)).toArray();
  const byUrl = new Map(existing.map((clip) => [clip.canonicalUrl, clip]));
  const takenIds = new Set(await db.clips.toCollection().primaryKeys());
  const keepId: Clip[] = [];
  const newId: Array<Omit<Clip, 'id'>> = [];
  const changes: ClipChange[] = [];
  for (const clip of clips) {
    const before = byUrl.get(clip.canonicalUrl);
    if (before && !update) {
      summary.skipped++;
    } else if (before) {
      changes.push({ before, after: { ...clip, id: before.id } });
    } else if (takenIds.has(clip.id)) {
      newId.push(withoutId(clip));
    } else {
      takenIds.add(clip.id);
      keepId.push(clip);
    }
  }
  await db.clips.bulkPut(changes.flatMap((change) => (change.after ? [change.after] : [])));
  await db.clips.bulkAdd(keepId);
  const ids = newId.length > 0 ? await db.clips.bulkAdd(newId, { allKeys: true }) : [];
  const added = [...keepId, ...newId.map((clip, i) => ({ ...clip, id: ids[i] ?? 0 }))];
  await recordClipChanges(db, [...changes, ...added.map((after) => ({ after }))], { queueNew: true });
  summary.updated = changes.length;
  summary.added = added.length;
  return summary;
}

/**
 * Write validated clips (from `parseBackup`) in ONE read-write transaction that also covers the
 * summaries, tag counts and search index: any failure — a constraint, a quota error, a closed
 * tab — rolls everything back and the library is as before. Ids are kept when free, so a restore
 * into an empty library reproduces it exactly. Restored clips are queued for the background
 * indexer (runSearchMaintenance), as bulk imports are; updated ones are re-indexed at once.
 */
export async function restoreClips(clips: readonly Clip[], mode: RestoreMode, db: GleanerDb = getDb()): Promise<RestoreSummary> {
  return db.transaction('rw', [...derivedTables(db), ...imageTables(db)], () =>
    mode === 'replace' ? replaceAll(db, clips) : merge(db, clips, mode === 'merge-update'),
  );
}
