import type { Clip } from './clip';
import { getDb } from './schema';

/** Trim and collapse whitespace; an empty result means "no tag". */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Merge tags case-insensitively, keeping the first spelling seen. */
export function mergeTags(existing: readonly string[], added: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of [...existing, ...added]) {
    const tag = normalizeTag(raw);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Replace a clip's tags (deduplicated case-insensitively); returns the updated clip. */
export async function setClipTags(id: number, tags: readonly string[], now: number = Date.now()): Promise<Clip> {
  const db = getDb();
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (!clip) throw new Error(`No clip with id ${id}`);
    const updated: Clip = { ...clip, tags: mergeTags([], tags), updatedAt: now };
    await db.clips.put(updated);
    return updated;
  });
}

/** Add tags to a clip, keeping the ones it has. */
export async function addClipTags(id: number, tags: readonly string[], now: number = Date.now()): Promise<Clip> {
  const clip = await getDb().clips.get(id);
  if (!clip) throw new Error(`No clip with id ${id}`);
  return setClipTags(id, mergeTags(clip.tags, tags), now);
}
