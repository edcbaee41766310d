import type { Clip } from './clip';
import { changeTables, recordClipChanges } from './clip-change';
import { getDb } from './schema';

/** Clips per transaction in bulk edits: long enough to amortize, short enough not to block saves. */
export const BULK_CHUNK = 250;

/**
 * Apply `mutate` to clips by id (undefined = leave unchanged), stamping updatedAt and keeping
 * summaries, tag counts and the search index in step. Chunked into several transactions; each
 * chunk is atomic. Resolves to the clips that changed.
 */
export async function updateClips(
  ids: readonly number[],
  mutate: (clip: Clip) => Omit<Clip, 'updatedAt'> | undefined,
  now: number = Date.now(),
): Promise<Clip[]> {
  const db = getDb();
  const changed: Clip[] = [];
  for (let i = 0; i < ids.length; i += BULK_CHUNK) {
    const chunk = ids.slice(i, i + BULK_CHUNK);
    const updated = await db.transaction('rw', changeTables(db), async () => {
      const clips = await db.clips.bulkGet(chunk);
      const pairs: { before: Clip; after: Clip }[] = [];
      for (const before of clips) {
        if (!before) continue;
        const next = mutate(before);
        if (next) pairs.push({ before, after: { ...next, updatedAt: now } });
      }
      await db.clips.bulkPut(pairs.map((p) => p.after));
      await recordClipChanges(db, pairs);
      return pairs.map((p) => p.after);
    });
    changed.push(...updated);
  }
  return changed;
}

/** Same as updateClips for one clip; throws when it does not exist. */
export async function updateClip(id: number, mutate: (clip: Clip) => Omit<Clip, 'updatedAt'> | undefined, now?: number): Promise<Clip> {
  const db = getDb();
  const changed = await updateClips([id], mutate, now);
  const clip = changed[0] ?? (await db.clips.get(id));
  if (!clip) throw new Error(`No clip with id ${id}`);
  return clip;
}
