import { withIndexSnapshot, type IndexSnapshot } from '../db/search-index/snapshot';
import { findCandidates, indexIsExact } from './candidates';
import { planQuery } from './plan';
import { hasConstraints, parseQuery, type ParsedQuery } from './query';
import { matchesStoredClip } from './verify';

/** Clips read per verification round when every match must be confirmed. */
const VERIFY_BATCH = 200;

async function verified(snap: IndexSnapshot, ids: readonly number[], q: ParsedQuery): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i += VERIFY_BATCH) {
    const batch = ids.slice(i, i + VERIFY_BATCH);
    const clips = await snap.getClips(batch);
    clips.forEach((clip, k) => {
      const id = batch[k];
      if (clip && id !== undefined && matchesStoredClip(clip, q)) out.push(id);
    });
  }
  return out;
}

/**
 * Every clip id matching a query, best first (select all, counts, export of results). When the
 * index decides the query alone (words, 1–2 character CJK, filters) no clip is read; otherwise
 * every candidate is verified, which reads clip bodies (seconds for 10k+ candidates).
 */
export async function searchClipIds(query: string): Promise<number[]> {
  const q = parseQuery(query);
  const units = planQuery(q);
  return withIndexSnapshot(async (snap) => {
    if (!units.some((u) => u.role !== 'exclude')) {
      const all = await snap.recentClipIds(0);
      return hasConstraints(q) ? verified(snap, all, q) : all;
    }
    const ranked = Array.from((await findCandidates(snap, units, Number.MAX_SAFE_INTEGER)).ids);
    return indexIsExact(q) ? ranked : verified(snap, ranked, q);
  }, units.flatMap((u) => u.lookups));
}
