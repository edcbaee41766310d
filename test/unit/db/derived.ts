import { expect } from 'vitest';
import { summarizeClip } from '../../../utils/db/clip-summary';
import type { GleanerDb } from '../../../utils/db/schema';
import { readStats } from '../../../utils/db/search-meta';
import { tagKey } from '../../../utils/db/tag-key';

/** Assert that summaries, search docs, tag counts and stats all describe the stored clips. */
export async function expectDerivedConsistent(db: GleanerDb): Promise<void> {
  const clips = await db.clips.toArray();
  const summaries = await db.clipSummaries.toArray();
  expect(summaries).toEqual(clips.map(summarizeClip));
  const docs = await db.searchDocs.toArray();
  expect(docs.map((d) => [d.id, d.text, d.summary])).toEqual(clips.map((c) => [c.id, c.text, summarizeClip(c)]));
  const counts = new Map<string, number>();
  for (const c of clips) for (const t of c.tags) counts.set(tagKey(t), (counts.get(tagKey(t)) ?? 0) + 1);
  const rows = await db.tagIndex.toArray();
  expect(Object.fromEntries(rows.map((r) => [r.key, r.count]))).toEqual(Object.fromEntries(counts));
  expect((await readStats(db)).clipCount).toBe(clips.length);
}
