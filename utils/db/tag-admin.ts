import { updateClips } from './clip-update';
import { getDb } from './schema';
import { mergeTags, normalizeTag, tagKey } from './tag-key';

async function clipsWithTag(key: string): Promise<number[]> {
  return getDb().clipSummaries.where('tagKeys').equals(key).primaryKeys();
}

/**
 * Rename a tag on every clip that has it. Renaming onto an existing tag merges the two (a clip with
 * both keeps one). Resolves to how many clips changed.
 */
export async function renameTag(from: string, to: string, now: number = Date.now()): Promise<number> {
  const fromKey = tagKey(from);
  const target = normalizeTag(to);
  if (!fromKey || !target) return 0;
  const ids = await clipsWithTag(fromKey);
  const changed = await updateClips(
    ids,
    (clip) => {
      const renamed = clip.tags.map((t) => (tagKey(t) === fromKey ? target : t));
      const next = mergeTags([], renamed);
      const same = next.length === clip.tags.length && next.every((t, i) => t === clip.tags[i]);
      return same ? undefined : { ...clip, tags: next };
    },
    now,
  );
  // Counts follow the clips; the display spelling is the user's new one (also for case-only renames).
  const db = getDb();
  await db.transaction('rw', db.tagIndex, async () => {
    const row = await db.tagIndex.get(tagKey(target));
    if (row && row.name !== target) await db.tagIndex.put({ ...row, name: target });
  });
  return changed.length;
}

/** Merge several tags into one (each source renamed onto the target); resolves to clips changed. */
export async function mergeTagsInto(sources: readonly string[], target: string, now: number = Date.now()): Promise<number> {
  const changed = new Set<number>();
  for (const source of sources) {
    if (tagKey(source) === tagKey(target)) continue;
    const ids = await clipsWithTag(tagKey(source));
    await renameTag(source, target, now);
    for (const id of ids) changed.add(id);
  }
  return changed.size;
}

/** Remove a tag from every clip; resolves to how many clips lost it. */
export async function deleteTag(tag: string, now: number = Date.now()): Promise<number> {
  const key = tagKey(tag);
  if (!key) return 0;
  const ids = await clipsWithTag(key);
  const changed = await updateClips(
    ids,
    (clip) => {
      const next = clip.tags.filter((t) => tagKey(t) !== key);
      return next.length === clip.tags.length ? undefined : { ...clip, tags: next };
    },
    now,
  );
  return changed.length;
}
