import type { IndexPage } from '../../search/pages';
import type { GleanerDb } from '../schema';
import type { IndexStateRow, LiveRow, RunRef } from '../search-rows';

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

/** A doc key's new live slot (NEW_RUN: the run being added; 0: none) and its length norm. */
export interface LiveUpdate {
  slot: number;
  norm: number;
}

function grown(array: Uint8Array, size: number): Uint8Array {
  if (size <= array.length) return array;
  // Grow with headroom so every new clip does not reallocate.
  const out = new Uint8Array(Math.max(size, Math.ceil(array.length * 1.25)));
  out.set(array);
  return out;
}

/** Apply live updates (growing the maps as needed); returns the new row. */
export function setLive(live: LiveRow, updates: ReadonlyMap<number, LiveUpdate>): LiveRow {
  let max = 0;
  for (const key of updates.keys()) max = Math.max(max, key + 1);
  const slots = grown(live.slots, max);
  const norms = grown(live.norms, max);
  for (const [key, u] of updates) {
    slots[key] = u.slot;
    norms[key] = u.norm;
  }
  return { key: 'live', slots, norms };
}

/** Point doc keys that live in one of `from` slots at slot `to` (compaction). */
export function moveLive(live: LiveRow, from: ReadonlySet<number>, to: number): LiveRow {
  const slots = live.slots.slice();
  for (let key = 0; key < slots.length; key++) if (from.has(slots[key] ?? 0)) slots[key] = to;
  return { key: 'live', slots, norms: live.norms };
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
  live: LiveRow,
  run: { pages: IndexPage[]; firstTerms: string[]; count: number },
  liveUpdates: Map<number, LiveUpdate>,
): Promise<void> {
  let slot = 0;
  if (run.pages.length > 0) {
    const ref = reserveRun(state, run.count);
    await writePages(db, ref.id, 0, run.pages);
    await db.indexRuns.put({ id: ref.id, firstTerms: run.firstTerms });
    state.runs.push(ref);
    slot = ref.slot;
  }
  for (const u of liveUpdates.values()) if (u.slot === NEW_RUN) u.slot = slot;
  state.liveVersion++;
  await db.searchMeta.bulkPut([state, setLive(live, liveUpdates)]);
}
