import { derivedDataLooksConsistent, resyncDerivedData } from '../db/derived-data';
import { getDb } from '../db/schema';
import { compactRuns, dropAbandonedRuns } from '../db/search-index/compaction';
import { processIndexQueue, startRebuildIfNeeded } from '../db/search-index/index-queue';
import { mergeDelta } from '../db/search-index/merge-delta';
import { readIndexStatus, type IndexStatus } from '../db/search-index/snapshot';

/** Options for a maintenance run. */
export interface MaintenanceOptions {
  /** Stop starting new steps after this long (a step in progress finishes). Default 2 s. */
  budgetMs?: number;
  /** Force a full rebuild first (e.g. from a "Rebuild search index" button). */
  rebuild?: boolean;
}

const LOCK_NAME = 'gleaner-search-maintenance';

/** One unit of work: start a needed rebuild, else index queued clips, else merge, else compact. */
async function step(): Promise<boolean> {
  const db = getDb();
  if (await startRebuildIfNeeded(db)) return true;
  if ((await processIndexQueue(db)) > 0) return true;
  if ((await mergeDelta(db)) > 0) return true;
  return compactRuns(db);
}

async function run(options: MaintenanceOptions): Promise<IndexStatus> {
  // Clips written behind recordClipChanges' back (an old restore, a bug) would be unsearchable.
  if (!(await derivedDataLooksConsistent())) await resyncDerivedData();
  // Runs only we could be writing (we hold the lock, or are the only context) were abandoned.
  await dropAbandonedRuns(getDb());
  if (options.rebuild) await startRebuildIfNeeded(getDb(), true);
  const deadline = performance.now() + (options.budgetMs ?? 2000);
  while (performance.now() < deadline && (await step())) {
    // Yield between steps so queued saves and searches get the database.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return readIndexStatus();
}

/**
 * Background upkeep of the search index, in short transactions: rebuild after a tokenizer change,
 * index queued clips (imports, rebuilds) into new runs, turn delta rows into a run, and compact runs. Safe to call from several
 * contexts (a Web Lock lets one run at a time; without Web Locks every step re-checks its work).
 * Call after saves (debounced) and at start-up; resolves to the status when the budget ran out or
 * nothing was left to do.
 */
export async function runSearchMaintenance(options: MaintenanceOptions = {}): Promise<IndexStatus> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return run(options);
  const result = await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? run(options) : undefined));
  return result ?? readIndexStatus();
}

/** Where indexing stands (ready, queued clips, pending delta rows). */
export async function getIndexStatus(): Promise<IndexStatus> {
  return readIndexStatus();
}
