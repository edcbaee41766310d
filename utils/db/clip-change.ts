import { contentChanged, contentPart, docKey, metaChanged, metaPart, CONTENT_PART, META_PART, type PartId, type PartTerms } from '../search/index-doc';
import type { Clip } from './clip';
import { summarizeClip, type ClipSummary } from './clip-summary';
import type { GleanerDb } from './schema';
import { readStats } from './search-meta';
import type { DeltaRow, SearchDocRow, TagRow } from './search-rows';
import { tagKey } from './tag-key';

/** One clip's change: before (absent when created) and after (absent when deleted). */
export interface ClipChange {
  before?: Clip;
  after?: Clip;
}

/** Tables a transaction must include to call recordClipChanges. */
export function changeTables(db: GleanerDb) {
  return [db.clips, db.clipSummaries, db.searchDocs, db.tagIndex, db.termDelta, db.searchMeta, db.indexQueue];
}

/** How new clips reach the index. */
export interface RecordOptions {
  /**
   * Queue new clips for the background indexer instead of writing delta rows now: bulk imports
   * stay fast, and the clips become searchable once indexed (status shows them as queued).
   */
  queueNew?: boolean;
}

interface PartWrite {
  key: number;
  part: PartId;
  before?: PartTerms;
  after?: PartTerms;
}

function partWrites(change: ClipChange): PartWrite[] {
  const { before, after } = change;
  const clip = after ?? before;
  if (!clip) return [];
  const writes: PartWrite[] = [];
  if (!before || !after || contentChanged(before, after)) {
    writes.push({
      key: docKey(clip.id, CONTENT_PART),
      part: CONTENT_PART,
      before: before && contentPart(before),
      after: after && contentPart(after),
    });
  }
  if (!before || !after || metaChanged(before, after)) {
    writes.push({ key: docKey(clip.id, META_PART), part: META_PART, before: before && metaPart(before), after: after && metaPart(after) });
  }
  return writes;
}

/**
 * Bring everything derived from clips up to date with changes the caller already wrote to `clips`:
 * summaries, tag counts, corpus stats and the search delta. Must run inside the caller's read-write
 * transaction over `changeTables(db)`, so a clip and its searchability commit (or fail) together.
 */
export async function recordClipChanges(db: GleanerDb, changes: readonly ClipChange[], options: RecordOptions = {}): Promise<void> {
  if (changes.length === 0) return;
  const queued = options.queueNew ? changes.flatMap((c) => (!c.before && c.after ? [{ id: c.after.id }] : [])) : [];
  const writes = changes.filter((c) => !(options.queueNew && !c.before)).flatMap(partWrites);
  const tagDelta = new Map<string, { delta: number; name: string }>();
  for (const { before, after } of changes) {
    const beforeKeys = new Set((before?.tags ?? []).map(tagKey));
    const afterKeys = new Set((after?.tags ?? []).map(tagKey));
    for (const tag of after?.tags ?? []) {
      const key = tagKey(tag);
      if (!beforeKeys.has(key)) tagDelta.set(key, { delta: (tagDelta.get(key)?.delta ?? 0) + 1, name: tag });
    }
    for (const key of beforeKeys) {
      if (!afterKeys.has(key)) tagDelta.set(key, { delta: (tagDelta.get(key)?.delta ?? 0) - 1, name: tagDelta.get(key)?.name ?? key });
    }
  }
  const tagKeys = [...tagDelta.keys()];
  const [stats, tagRows] = await Promise.all([
    readStats(db),
    db.tagIndex.bulkGet(tagKeys),
  ]);

  const puts: DeltaRow[] = [];
  for (const w of writes) {
    const lengthChange = (w.after?.length ?? 0) - (w.before?.length ?? 0);
    if (w.part === CONTENT_PART) stats.contentLength = Math.max(0, stats.contentLength + lengthChange);
    else stats.metaLength = Math.max(0, stats.metaLength + lengthChange);
    // A deletion is a row too: merging it clears the part's live slot, retiring its old postings.
    puts.push({ k: w.key, terms: w.after?.terms ?? [], tfs: w.after?.tfs ?? [], len: w.after?.length ?? 0, del: w.after ? 0 : 1 });
  }

  const tagPuts: TagRow[] = [];
  const tagDeletes: string[] = [];
  tagKeys.forEach((key, i) => {
    const change = tagDelta.get(key);
    if (!change || change.delta === 0) return;
    const row = tagRows[i] ?? { key, name: change.name, count: 0 };
    const count = row.count + change.delta;
    if (count > 0) tagPuts.push({ ...row, count });
    else tagDeletes.push(key);
  });

  for (const { before, after } of changes) {
    stats.clipCount += (after ? 1 : 0) - (before ? 1 : 0);
    if (after) stats.maxClipId = Math.max(stats.maxClipId ?? 0, after.id);
  }
  stats.revision++;
  if (puts.length > 0) stats.deltaDirty = true;
  if (queued.length > 0) stats.queueDirty = true;
  const summaries: ClipSummary[] = [];
  const docs: SearchDocRow[] = [];
  for (const { after } of changes) {
    if (!after) continue;
    const summary = summarizeClip(after);
    summaries.push(summary);
    docs.push({ id: after.id, summary, text: after.text });
  }
  const removed = changes.flatMap((c) => (!c.after && c.before ? [c.before.id] : []));

  await Promise.all([
    puts.length > 0 ? db.termDelta.bulkPut(puts) : undefined,
    tagPuts.length > 0 ? db.tagIndex.bulkPut(tagPuts) : undefined,
    tagDeletes.length > 0 ? db.tagIndex.bulkDelete(tagDeletes) : undefined,
    summaries.length > 0 ? db.clipSummaries.bulkPut(summaries) : undefined,
    summaries.length > 0 ? db.searchDocs.bulkPut(docs) : undefined,
    removed.length > 0 ? db.clipSummaries.bulkDelete(removed) : undefined,
    removed.length > 0 ? db.searchDocs.bulkDelete(removed) : undefined,
    db.searchMeta.put(stats),
    queued.length > 0 ? db.indexQueue.bulkPut(queued) : undefined,
  ]);
}
