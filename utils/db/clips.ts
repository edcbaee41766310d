import type { ClipDraft } from '../extract/types';
import type { Clip, SaveStatus } from './clip';
import { getDb } from './schema';

/** Result of saving a draft: the stored clip and whether it was new. */
export interface SaveResult {
  clip: Clip;
  status: SaveStatus;
}

/**
 * Save a draft; a clip with the same canonical URL is updated in place (tags, note and
 * first clip time are kept) so the library never holds duplicates of one article.
 */
export async function saveClip(draft: ClipDraft, now: number = Date.now()): Promise<SaveResult> {
  const db = getDb();
  return db.transaction('rw', db.clips, async () => {
    const existing = await db.clips.where('canonicalUrl').equals(draft.canonicalUrl).first();
    if (existing) {
      const clip: Clip = { ...existing, ...draft, id: existing.id, clippedAt: existing.clippedAt, updatedAt: now };
      await db.clips.put(clip);
      return { clip, status: 'updated' as const };
    }
    const id = await db.clips.add({ ...draft, clippedAt: now, updatedAt: now, tags: [], note: '' });
    const clip = await db.clips.get(id);
    if (!clip) throw new Error('clip vanished after insert');
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
  const db = getDb();
  return db.transaction('rw', db.clips, async () => {
    const existed = (await db.clips.get(id)) !== undefined;
    await db.clips.delete(id);
    return existed;
  });
}

/** The clip of a page, looked up by any of its URLs (canonical or as visited). */
export async function findClipForPage(urls: readonly string[]): Promise<Clip | undefined> {
  const db = getDb();
  const wanted = urls.filter((u) => u.length > 0);
  if (wanted.length === 0) return undefined;
  return (
    (await db.clips.where('canonicalUrl').anyOf(wanted).first()) ??
    (await db.clips.where('url').anyOf(wanted).first())
  );
}
