import type { ClipDraft } from '../extract/types';
import type { Clip, SaveStatus } from './clip';
import { changeTables, recordClipChanges } from './clip-change';
import { reanchorClipHighlights } from './reanchor-highlights';
import { syncHighlightText } from './highlight-text';
import { getDb } from './schema';

export { countClips, listClipIds, listClips, type ClipFilter, type ClipSort, type ListRange } from './list-clips';
export { findClipForPage } from './find-clip-for-page';

/** Result of saving a draft: the stored clip and whether it was new. */
export interface SaveResult {
  clip: Clip;
  status: SaveStatus;
}

/**
 * Save a draft; a clip with the same canonical URL is updated in place (tags, note and
 * first clip time are kept) so the library never holds duplicates of one article.
 * The clip is searchable as soon as this resolves (its delta row commits with it).
 */
export async function saveClip(draft: ClipDraft, now: number = Date.now()): Promise<SaveResult> {
  const db = getDb();
  return db.transaction('rw', [...changeTables(db), db.highlights], async () => {
    const existing = await db.clips.where('canonicalUrl').equals(draft.canonicalUrl).first();
    if (existing) {
      // Clipping a placeholder fills it in: status, favourite, tags and date stay.
      const clip: Clip = { ...existing, ...draft, id: existing.id, clippedAt: existing.clippedAt, updatedAt: now, ...(existing.placeholder ? { placeholder: false } : {}) };
      await db.clips.put(clip);
      await recordClipChanges(db, [{ before: existing, after: clip }]);
      // The text may have changed: move highlights with it (orphans are kept, flagged).
      if (existing.text !== clip.text && (await reanchorClipHighlights(db, clip.id, clip.text, now)).anchored > 0) {
        await syncHighlightText(db, [clip.id]);
        return { clip: (await db.clips.get(clip.id)) ?? clip, status: 'updated' as const };
      }
      return { clip, status: 'updated' as const };
    }
    const fresh = { ...draft, clippedAt: now, updatedAt: now, tags: [], note: '', status: 'unread', favorite: false, placeholder: false } as const;
    const id = await db.clips.add({ ...fresh, tags: [] });
    const clip: Clip = { ...fresh, tags: [], id };
    await recordClipChanges(db, [{ after: clip }]);
    return { clip, status: 'created' as const };
  });
}

/** One clip by id, or undefined. */
export async function getClip(id: number): Promise<Clip | undefined> {
  return getDb().clips.get(id);
}

/** The clip stored for a canonical URL, or undefined. */
export async function findClipByCanonicalUrl(canonicalUrl: string): Promise<Clip | undefined> {
  return getDb().clips.where('canonicalUrl').equals(canonicalUrl).first();
}

/** The most recently clipped clips, newest first. */
export async function recentClips(limit = 20): Promise<Clip[]> {
  return getDb().clips.orderBy('clippedAt').reverse().limit(limit).toArray();
}

/** Delete a clip; resolves to whether it existed. */
export async function deleteClip(id: number): Promise<boolean> {
  return (await deleteClips([id])).length > 0;
}

/** Delete clips; resolves to the deleted clips (keep them to undo with undeleteClips). */
export async function deleteClips(ids: readonly number[]): Promise<Clip[]> {
  const db = getDb();
  return db.transaction('rw', changeTables(db), async () => {
    const found = (await db.clips.bulkGet([...ids])).filter((c): c is Clip => c !== undefined);
    await db.clips.bulkDelete(found.map((c) => c.id));
    await recordClipChanges(db, found.map((before) => ({ before })));
    return found;
  });
}

/** Full clips by id, in the order given (missing ones skipped): export, reader. */
export async function getClips(ids: readonly number[]): Promise<Clip[]> {
  return (await getDb().clips.bulkGet([...ids])).filter((c): c is Clip => c !== undefined);
}

/**
 * Put deleted clips back with their ids (undo). A clip whose canonical URL was clipped again in
 * the meantime is skipped; resolves to the restored clips.
 */
export async function undeleteClips(clips: readonly Clip[]): Promise<Clip[]> {
  const db = getDb();
  return db.transaction('rw', changeTables(db), async () => {
    const takenUrls = new Set(await db.clips.where('canonicalUrl').anyOf(clips.map((c) => c.canonicalUrl)).keys());
    const occupied = await db.clips.bulkGet(clips.map((c) => c.id));
    const restorable = clips.filter((c, i) => occupied[i] === undefined && !takenUrls.has(c.canonicalUrl));
    await db.clips.bulkAdd(restorable);
    await recordClipChanges(db, restorable.map((after) => ({ after })));
    return restorable;
  });
}
