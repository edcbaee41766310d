import type { Clip } from './clip';
import { updateClip } from './clip-update';
import { mergeTags, normalizeTag, tagKey } from './tag-key';

export { mergeTags, normalizeTag, tagKey };
export { tagCounts, tagUsage, suggestTags, type TagCount } from './tag-counts';
export { siteCounts, languageCounts, type FacetCount } from './facet-counts';
export { bulkAddTags, bulkRemoveTags } from './tag-bulk';
export { renameTag, mergeTagsInto, deleteTag } from './tag-admin';

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Replace a clip's tags (deduplicated case-insensitively); returns the updated clip. */
export async function setClipTags(id: number, tags: readonly string[], now: number = Date.now()): Promise<Clip> {
  const next = mergeTags([], tags);
  return updateClip(id, (clip) => (sameTags(clip.tags, next) ? undefined : { ...clip, tags: next }), now);
}

/** Add tags to a clip, keeping the ones it has. */
export async function addClipTags(id: number, tags: readonly string[], now: number = Date.now()): Promise<Clip> {
  return updateClip(
    id,
    (clip) => {
      const next = mergeTags(clip.tags, tags);
      return sameTags(clip.tags, next) ? undefined : { ...clip, tags: next };
    },
    now,
  );
}

/** Remove tags (matched case-insensitively) from a clip. */
export async function removeClipTags(id: number, tags: readonly string[], now: number = Date.now()): Promise<Clip> {
  const drop = new Set(tags.map(tagKey));
  return updateClip(
    id,
    (clip) => {
      const next = clip.tags.filter((t) => !drop.has(tagKey(t)));
      return next.length === clip.tags.length ? undefined : { ...clip, tags: next };
    },
    now,
  );
}
