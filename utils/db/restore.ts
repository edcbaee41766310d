import type { Clip } from './clip';
import { recordClipChanges, type ClipChange } from './clip-change';
import { clearDerivedData, derivedTables } from './derived-data';
import type { Highlight } from '../highlights/types';
import { syncHighlightText } from './highlight-text';
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
  /** Highlights written (merges skip those the library already has). */
  highlights?: number;
}

/** Backup clip id → library clip id, for the clips whose highlights the restore keeps. */
type IdMap = Map<number, number>;

/** A clip without its id, so IndexedDB assigns a fresh one. */
function withoutId(clip: Clip): Omit<Clip, 'id'> {
  const { id: _ignored, ...rest } = clip;
  return rest;
}

async function replaceAll(db: GleanerDb, clips: readonly Clip[], ids: IdMap): Promise<RestoreSummary> {
  const removed = await db.clips.count();
  await db.clips.clear();
  await db.highlights.clear();
  await clearDerivedData(db);
  await db.clips.bulkAdd([...clips]);
  for (const clip of clips) ids.set(clip.id, clip.id);
  await recordClipChanges(db, clips.map((after) => ({ after })), { queueNew: true });
  return { added: clips.length, updated: 0, skipped: 0, removed };
}

async function merge(db: GleanerDb, clips: readonly Clip[], update: boolean, ids: IdMap): Promise<RestoreSummary> {
  const summary: RestoreSummary = { added: 0, updated: 0, skipped: 0, removed: 0 };
  const existing = await db.clips.where('canonicalUrl').anyOf(clips.map((clip) => clip.canonicalUrl)).toArray();
  const byUrl = new Map(existing.map((clip) => [clip.canonicalUrl, clip]));
  const takenIds = new Set(await db.clips.toCollection().primaryKeys());
  const keepId: Clip[] = [];
  const newId: Array<Omit<Clip, 'id'>> = [];
  const changes: ClipChange[] = [];
  for (const clip of clips) {
    const before = byUrl.get(clip.canonicalUrl);
    if (before) ids.set(clip.id, before.id);
    if (before && !update) {
      summary.skipped++;
    } else if (before) {
      changes.push({ before, after: { ...clip, id: before.id } });
    } else if (takenIds.has(clip.id)) {
      newId.push(withoutId(clip));
    } else {
      takenIds.add(clip.id);
      ids.set(clip.id, clip.id);
      keepId.push(clip);
    }
  }
  await db.clips.bulkPut(changes.flatMap((change) => (change.after ? [change.after] : [])));
  await db.clips.bulkAdd(keepId);
  const newIds = newId.length > 0 ? await db.clips.bulkAdd(newId, { allKeys: true }) : [];
  const added = [...keepId, ...newId.map((clip, i) => ({ ...clip, id: newIds[i] ?? 0 }))];
  clips.filter((clip) => takenIds.has(clip.id) && !ids.has(clip.id)).forEach((clip, i) => ids.set(clip.id, newIds[i] ?? 0));
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
export async function restoreClips(
  clips: readonly Clip[],
  mode: RestoreMode,
  db: GleanerDb = getDb(),
  highlights: readonly Highlight[] = [],
): Promise<RestoreSummary> {
  return db.transaction('rw', [...derivedTables(db), db.highlights], async () => {
    const ids: IdMap = new Map();
    const summary = mode === 'replace' ? await replaceAll(db, clips, ids) : await merge(db, clips, mode === 'merge-update', ids);
    const written = await restoreHighlights(db, highlights, ids, mode === 'replace');
    // The backup's clips may carry highlight text their highlights no longer match (or none): derive it.
    const touched = [...highlights.map((h) => h.clipId), ...clips.filter((c) => c.highlightText).map((c) => c.id)];
    await syncHighlightText(db, touched.flatMap((id) => ids.get(id) ?? []));
    return highlights.length > 0 ? { ...summary, highlights: written } : summary;
  });
}

/** Same highlight (a merge restoring a backup of this library twice must not double it). */
function highlightKey(h: Pick<Highlight, 'clipId' | 'createdAt' | 'quote' | 'position'>): string {
  return JSON.stringify([h.clipId, h.createdAt, h.quote.exact, h.position.start]);
}

/**
 * Write a backup's highlights onto the clips they now belong to (ids may have changed in a
 * merge). Highlights are never dropped: a clip the merge skipped still gets the ones it lacks.
 */
async function restoreHighlights(db: GleanerDb, highlights: readonly Highlight[], ids: IdMap, keepIds: boolean): Promise<number> {
  if (highlights.length === 0) return 0;
  const moved = highlights.flatMap((h) => {
    const clipId = ids.get(h.clipId);
    return clipId === undefined ? [] : [{ ...h, clipId }];
  });
  if (keepIds) {
    await db.highlights.bulkAdd(moved);
    return moved.length;
  }
  const existing = await db.highlights.where('clipId').anyOf([...new Set(moved.map((h) => h.clipId))]).toArray();
  const seen = new Set(existing.map(highlightKey));
  // Ids are kept when free (a restore into an emptied library reproduces it), else assigned anew.
  const taken = new Set(await db.highlights.toCollection().primaryKeys());
  const fresh = moved.filter((h) => !seen.has(highlightKey(h))).map((h) => {
    if (!taken.has(h.id)) {
      taken.add(h.id);
      return h;
    }
    const { id: _id, ...rest } = h;
    return rest as Highlight;
  });
  await db.highlights.bulkAdd(fresh);
  return fresh.length;
}
