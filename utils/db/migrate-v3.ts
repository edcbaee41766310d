import type { Transaction } from 'dexie';
import type { Clip } from './clip';
import type { ClipSummary } from './clip-summary';
import type { SearchDocRow } from './search-rows';

/** The reading fields every clip gets in v3: existing clips are unread, not favourite, fully clipped. */
const V3_DEFAULTS = { status: 'unread', favorite: false, placeholder: false } as const;

/**
 * v2 → v3: reading status. Rows are modified in place (no bodies rewritten, nothing re-indexed:
 * the index carries facets only for archived/favourite/placeholder clips, which no v2 clip is).
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table<Clip, number>('clips')
    .toCollection()
    .modify((clip) => {
      clip.status ??= V3_DEFAULTS.status;
      clip.favorite ??= V3_DEFAULTS.favorite;
      clip.placeholder ??= V3_DEFAULTS.placeholder;
    });
  await tx
    .table<ClipSummary, number>('clipSummaries')
    .toCollection()
    .modify((summary) => {
      Object.assign(summary, V3_DEFAULTS, { flags: [] });
    });
  await tx
    .table<SearchDocRow, number>('searchDocs')
    .toCollection()
    .modify((doc) => {
      Object.assign(doc.summary, V3_DEFAULTS, { flags: [] });
    });
}
