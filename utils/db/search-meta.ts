import { TOKENIZER_VERSION } from '../search/tokenize';
import type { GleanerDb } from './schema';
import { emptyStats, type IndexStateRow, type StatsRow } from './search-rows';

/** Corpus statistics (defaults for a database created at v2, which starts empty). */
export async function readStats(db: GleanerDb): Promise<StatsRow> {
  const row = await db.searchMeta.get('stats');
  return row?.key === 'stats' ? row : emptyStats();
}

/** The index state; a missing row means a database created empty at the current version. */
export async function readIndexState(db: GleanerDb): Promise<IndexStateRow> {
  const row = await db.searchMeta.get('index');
  return row?.key === 'index' ? row : { key: 'index', tokenizerVersion: TOKENIZER_VERSION, blocksWithData: [] };
}
