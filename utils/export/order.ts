import type { Clip } from '../db/clip';

/** Orders for multi-clip documents; `given` keeps the caller's order (a selection, a search result). */
export type ClipOrder = 'given' | 'clipped-desc' | 'clipped-asc' | 'published-desc' | 'published-asc' | 'title' | 'site';

/** Every order, for pickers. */
export const CLIP_ORDERS: readonly ClipOrder[] = ['given', 'clipped-desc', 'clipped-asc', 'published-desc', 'published-asc', 'title', 'site'];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Publication time in ms, or null when unknown or unreadable (undated clips sort last). */
function publishedMs(clip: Clip): number | null {
  if (clip.published === null) return null;
  const ms = Date.parse(clip.published);
  return Number.isNaN(ms) ? null : ms;
}

function byPublished(direction: 1 | -1): (a: Clip, b: Clip) => number {
  return (a, b) => {
    const x = publishedMs(a);
    const y = publishedMs(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x - y) * direction;
  };
}

/** A sorted copy (stable: ties keep the given order). */
export function sortClips(clips: readonly Clip[], order: ClipOrder): Clip[] {
  const copy = [...clips];
  switch (order) {
    case 'given':
      return copy;
    case 'clipped-desc':
      return copy.sort((a, b) => b.clippedAt - a.clippedAt);
    case 'clipped-asc':
      return copy.sort((a, b) => a.clippedAt - b.clippedAt);
    case 'published-desc':
      return copy.sort(byPublished(-1));
    case 'published-asc':
      return copy.sort(byPublished(1));
    case 'title':
      return copy.sort((a, b) => collator.compare(a.title, b.title));
    case 'site':
      return copy.sort((a, b) => collator.compare(a.siteName ?? '', b.siteName ?? '') || b.clippedAt - a.clippedAt);
  }
}
