import type { HighlightEntry } from '../../utils/db/highlights';

/** How the Highlights view groups: one group per clip, or per tag (a clip's highlights under each of its tags). */
export type HighlightGrouping = 'clip' | 'tag';

/** A heading and its highlights. */
export interface HighlightGroup {
  key: string;
  /** The clip's title or the tag; '' = untagged. */
  label: string;
  clipId?: number;
  entries: HighlightEntry[];
}

/** Group entries (kept in their order) by clip or by tag; tags sorted, untagged last. */
export function groupHighlights(entries: readonly HighlightEntry[], by: HighlightGrouping): HighlightGroup[] {
  const groups = new Map<string, HighlightGroup>();
  const add = (key: string, label: string, entry: HighlightEntry, clipId?: number) => {
    const group = groups.get(key) ?? { key, label, clipId, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  };
  for (const entry of entries) {
    if (by === 'clip') add(`c${entry.highlight.clipId}`, entry.clipTitle, entry, entry.highlight.clipId);
    else if (entry.clipTags.length === 0) add('untagged', '', entry);
    else for (const tag of entry.clipTags) add(`t${tag.toLowerCase()}`, tag, entry);
  }
  const list = [...groups.values()];
  if (by === 'tag') list.sort((a, b) => (a.label === '' ? 1 : b.label === '' ? -1 : a.label.localeCompare(b.label)));
  return list;
}
