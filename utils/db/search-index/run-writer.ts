import type { IndexPage } from '../../search/pages';
import type { GleanerDb } from '../schema';
import type { IndexStateRow, RunRef } from '../search-rows';

const PAGES_PER_RUN = 1 << 20;

/** Storage key of a run's page: numbers keep keys small and a run's pages one key range. */
export function pageKey(runId: number, page: number): number {
  return runId * PAGES_PER_RUN + page;
}

/** A slot no active or building run uses. */
export function freeSlot(state: IndexStateRow): number {
  const used = new Set([...state.runs, ...state.building].map((r) => r.slot));
  for (let slot = 1; slot <= 255; slot++) if (!used.has(slot)) return slot;
  throw new Error('search index has too many runs');
}

/** Reserve an id and a slot for a new run (the caller saves `state`). */
export function reserveRun(state: IndexStateRow, postings: number): RunRef {
  const ref = { id: state.nextRunId, slot: freeSlot(state), postings };
  state.nextRunId++;
  return ref;
}

/** Write pages of a run starting at page number `first` (inside the caller's transaction). */
export async function writePages(db: GleanerDb, runId: number, first: number, pages: readonly IndexPage[]): Promise<void> {
  if (pages.length === 0) return;
  await db.indexPages.bulkPut(
    [...pages],
    pages.map((_, i) => pageKey(runId, first + i)),
  );
}

/** Delete a run's directory and pages (inside the caller's transaction). */
export async function deleteRun(db: GleanerDb, runId: number): Promise<void> {
  await Promise.all([db.indexRuns.delete(runId), db.indexPages.where(':id').between(pageKey(runId, 0), pageKey(runId + 1, 0), true, false).delete()]);
}

/** Set live slots of doc keys (growing the map as needed). */
export function setLive(live: Uint8Array, updates: ReadonlyMap<number, number>): Uint8Array {
  let max = live.length;
  for (const key of updates.keys()) max = Math.max(max, key + 1);
  let out = live;
  if (max > live.length) {
    // Grow with headroom so every new clip does not reallocate.
    out = new Uint8Array(Math.max(max, Math.ceil(live.length * 1.25)));
    out.set(live);
  }
  for (const [key, slot] of updates) out[key] = slot;
  return out;
}

/** In `liveUpdates` passed to addRun: "the run being added". */
export const NEW_RUN = -1;

/**
 * Add a complete run (pages + directory) and set the given doc keys' live slots (NEW_RUN: this
 * run; 0: none), inside the caller's read-write transaction over indexRuns, indexPages, searchMeta.
 */
export async function addRun(
  db: GleanerDb,
  state: IndexStateRow,
  live: Uint8Array,
  run: { pages: IndexPage[]; firstTerms: string[]; count: number },
  liveUpdates: Map<number, number>,
): Promise<Uint8Array> {
  if (run.pages.length > 0) {
    const ref = reserveRun(state, run.count);
    await writePages(db, ref.id, 0, run.pages);
    await db.indexRuns.put({ id: ref.id, firstTerms: run.firstTerms });
    state.runs.push(ref);
    for (const [key, slot] of liveUpdates) if (slot === NEW_RUN) liveUpdates.set(key, ref.slot);
  }
  for (const [key, slot] of liveUpdates) if (slot === NEW_RUN) liveUpdates.set(key, 0);
  state.liveVersion++;
  const next = setLive(live, liveUpdates);
  await db.searchMeta.bulkPut([state, { key: 'live', slots: next }]);
  return next;
}
