import { updateClips } from './clip-update';
import { mergeTags, tagKey } from './tag-key';

/** Add tags to many clips (a library selection); resolves to how many clips changed. */
export async function bulkAddTags(ids: readonly number[], tags: readonly string[], now: number = Date.now()): Promise<number> {
  const changed = await updateClips(
    ids,
    (clip) => {
      const next = mergeTags(clip.tags, tags);
      return next.length === clip.tags.length ? undefined : { ...clip, tags: next };
    },
    now,
  );
  return changed.length;
}

/** Remove tags (case-insensitively) from many clips; resolves to how many clips changed. */
export async function bulkRemoveTags(ids: readonly number[], tags: readonly string[], now: number = Date.now()): Promise<number> {
  const drop = new Set(tags.map(tagKey));
  const changed = await updateClips(
    ids,
    (clip) => {
      const next = clip.tags.filter((t) => !drop.has(tagKey(t)));
      return next.length === clip.tags.length ? undefined : { ...clip, tags: next };
    },
    now,
  );
  return changed.length;
}
