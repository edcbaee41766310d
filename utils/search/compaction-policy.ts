/**
 * Which runs to merge (tiered, like an LSM tree): runs are grouped in levels by size with a factor
 * of MERGE_FACTOR; when a level holds MERGE_FACTOR runs they become one run of the next level. Every
 * posting is rewritten about log₄(n) times, and a query reads a handful of runs.
 */
export const MERGE_FACTOR = 4;
/** Postings of the smallest level (a merge of a few dozen saved clips). */
export const BASE_POSTINGS = 50_000;
/** Above this many runs the smallest are merged regardless of levels (bounds query cost). */
export const MAX_RUNS = 8;
/**
 * No merge produces a run bigger than this (~70 MB): one compaction must finish within the life of
 * an extension context (a service worker can be stopped), and a killed compaction starts over.
 * At 100k clips (~80M postings) that leaves three to six runs.
 */
export const MAX_MERGED_POSTINGS = 32_000_000;

/** A run as the policy sees it. */
export interface RunSize {
  id: number;
  postings: number;
}

/** Level of a run: 0 up to BASE_POSTINGS, then one more per factor of MERGE_FACTOR. */
export function levelOf(postings: number): number {
  return postings <= BASE_POSTINGS ? 0 : Math.floor(Math.log(postings / BASE_POSTINGS) / Math.log(MERGE_FACTOR)) + 1;
}

/** Ids of the runs to merge next, or undefined when the runs are in shape. */
export function pickCompaction(runs: readonly RunSize[]): number[] | undefined {
  const bySize = [...runs].sort((a, b) => a.postings - b.postings);
  const levels = new Map<number, RunSize[]>();
  for (const run of bySize) {
    const level = levelOf(run.postings);
    const group = levels.get(level) ?? [];
    group.push(run);
    levels.set(level, group);
  }
  const total = (group: readonly RunSize[]): number => group.reduce((n, r) => n + r.postings, 0);
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const group = (levels.get(level) ?? []).slice(0, MERGE_FACTOR);
    if (group.length >= MERGE_FACTOR && total(group) <= MAX_MERGED_POSTINGS) return group.map((r) => r.id);
  }
  if (runs.length > MAX_RUNS) {
    // Merge the smallest runs that fit under the size cap (at least two).
    const pick: RunSize[] = [];
    for (const r of bySize) if (pick.length < MERGE_FACTOR && total(pick) + r.postings <= MAX_MERGED_POSTINGS) pick.push(r);
    if (pick.length >= 2) return pick.map((r) => r.id);
  }
  return undefined;
}
