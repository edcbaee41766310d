/**
 * Which runs to merge (tiered, like an LSM tree): runs are grouped in levels by size with a factor
 * of MERGE_FACTOR; when a level holds MERGE_FACTOR runs they become one run of the next level. Every
 * posting is rewritten about log₄(n) times, and a query reads a handful of runs.
 */
export const MERGE_FACTOR = 4;
/** Postings of the smallest level (a merge of a few dozen saved clips). */
export const BASE_POSTINGS = 50_000;
/** Above this many runs the smallest are merged regardless of levels (bounds query cost). */
export const MAX_RUNS = 10;

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
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const group = levels.get(level) ?? [];
    if (group.length >= MERGE_FACTOR) return group.slice(0, MERGE_FACTOR).map((r) => r.id);
  }
  if (runs.length > MAX_RUNS) return bySize.slice(0, MERGE_FACTOR).map((r) => r.id);
  return undefined;
}
