import { TOKENIZER_VERSION } from '../search/tokenize';
import type { GleanerDb } from './schema';
import { emptyStats, type IndexStateRow, type LiveRow, type StatsRow } from './search-rows';

/** Corpus statistics (defaults for a database created at v2, which starts empty). */
export async function readStats(db: GleanerDb): Promise<StatsRow> {
  const row = await db.searchMeta.get('stats');
  return row?.key === 'stats' ? row : emptyStats();
}

/** The index state; a missing row means a database created empty at the current version. */
export async function readIndexState(db: GleanerDb): Promise<IndexStateRow> {
  const row = await db.searchMeta.get('index');
  return row?.key === 'index' ? row : emptyIndexState();
}

/** The state of an index with no runs, built by the current tokenizer. */
export function emptyIndexState(): IndexStateRow {
  return { key: 'index', tokenizerVersion: TOKENIZER_VERSION, runs: [], building: [], nextRunId: 1, liveVersion: 0 };
}

/** The live-slot and norm maps (empty when nothing was indexed yet). */
export async function readLive(db: GleanerDb): Promise<LiveRow> {
  const row = await db.searchMeta.get('live');
  return row?.key === 'live' ? row : emptyLive();
}

/** Live maps of an empty index. */
export function emptyLive(): LiveRow {
  return { key: 'live', slots: new Uint8Array(0), norms: new Uint8Array(0) };
}
