import type { ClipDraft } from '../extract/types';
import type { Clip } from './clip';
import { changeTables, recordClipChanges } from './clip-change';
import { readingOf } from './reading-status';
import { getDb } from './schema';
import { mergeTags } from './tag-key';

/** A clip to import (backup restore, bulk add): a draft plus what the library adds to it. */
export type ImportedClip = ClipDraft & Partial<Pick<Clip, 'tags' | 'note' | 'clippedAt' | 'updatedAt' | 'status' | 'favorite' | 'placeholder'>>;

/** Outcome of an import. */
export interface ImportResult {
  created: number;
  updated: number;
}

/** Clips per import transaction. */
export const IMPORT_BATCH = 500;

/** The row (without id) an imported item becomes when the library does not have it yet. */
export function newClipRow(item: ImportedClip, now: number): Omit<Clip, 'id'> {
  return {
    ...item,
    ...readingOf(item),
    clippedAt: item.clippedAt ?? now,
    updatedAt: item.updatedAt ?? now,
    tags: mergeTags([], item.tags ?? []),
    note: item.note ?? '',
  };
}

/**
 * Add many clips at once. New canonical URLs are inserted and queued for the background indexer
 * (run runSearchMaintenance to make them searchable); known ones are updated like saveClip does,
 * with tags merged and a non-empty imported note winning. Each batch is one transaction.
 */
export async function importClips(items: readonly ImportedClip[], now: number = Date.now()): Promise<ImportResult> {
  const db = getDb();
  const result: ImportResult = { created: 0, updated: 0 };
  for (let i = 0; i < items.length; i += IMPORT_BATCH) {
    // The last item for a canonical URL wins inside a batch.
    const batch = [...new Map(items.slice(i, i + IMPORT_BATCH).map((c) => [c.canonicalUrl, c])).values()];
    await db.transaction('rw', changeTables(db), async () => {
      const existing = await db.clips.where('canonicalUrl').anyOf(batch.map((c) => c.canonicalUrl)).toArray();
      const byUrl = new Map(existing.map((c) => [c.canonicalUrl, c]));
      const updates: { before: Clip; after: Clip }[] = [];
      const fresh: Omit<Clip, 'id'>[] = [];
      for (const item of batch) {
        const before = byUrl.get(item.canonicalUrl);
        if (before) {
          const after: Clip = {
            ...before,
            ...item,
            id: before.id,
            clippedAt: Math.min(before.clippedAt, item.clippedAt ?? before.clippedAt),
            updatedAt: now,
            tags: mergeTags(before.tags, item.tags ?? []),
            note: item.note?.trim() ? item.note : before.note,
          };
          updates.push({ before, after });
        } else {
          fresh.push(newClipRow(item, now));
        }
      }
      const ids = fresh.length > 0 ? await db.clips.bulkAdd(fresh, { allKeys: true }) : [];
      const created: Clip[] = fresh.map((c, k) => ({ ...c, id: ids[k] ?? 0 }));
      if (updates.length > 0) await db.clips.bulkPut(updates.map((u) => u.after));
      await recordClipChanges(db, [...updates, ...created.map((after) => ({ after }))], { queueNew: true });
      result.created += created.length;
      result.updated += updates.length;
    });
  }
  return result;
}
