import type { Transaction } from 'dexie';
import type { Clip } from './clip';
import { summarizeClip } from './clip-summary';
import { emptyIndexState } from './search-meta';
import { emptyStats, type QueueRow, type SearchDocRow, type StatsRow, type TagRow } from './search-rows';
import { tagKey } from './tag-key';

/**
 * v1 → v2: add summaries, tag counts and search tables for the clips already stored. Tokenizing
 * is left to the background worker (every clip is queued), so opening the database stays quick.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const summaries: ReturnType<typeof summarizeClip>[] = [];
  const queue: QueueRow[] = [];
  const docs: SearchDocRow[] = [];
  const tags = new Map<string, TagRow>();
  await tx
    .table<Clip, number>('clips')
    .toCollection()
    .each((stored) => {
      // v1 rows may predate optional fields; fill them so v2 code can rely on them.
      const clip: Clip = { ...stored, tags: stored.tags ?? [], note: stored.note ?? '', updatedAt: stored.updatedAt ?? stored.clippedAt };
      const summary = summarizeClip(clip);
      summaries.push(summary);
      queue.push({ id: clip.id });
      docs.push({ id: clip.id, summary, text: clip.text });
      for (const tag of clip.tags) {
        const key = tagKey(tag);
        const row = tags.get(key) ?? { key, name: tag, count: 0 };
        row.count++;
        tags.set(key, row);
      }
    });
  await tx.table('clipSummaries').bulkAdd(summaries);
  await tx.table('indexQueue').bulkAdd(queue);
  await tx.table('searchDocs').bulkAdd(docs);
  await tx.table('tagIndex').bulkAdd([...tags.values()]);
  const stats: StatsRow = {
    ...emptyStats(),
    clipCount: summaries.length,
    maxClipId: summaries.reduce((m, x) => Math.max(m, x.id), 0),
    revision: 1,
    queueDirty: queue.length > 0,
  };
  await tx.table('searchMeta').bulkPut([stats, emptyIndexState()]);
}
