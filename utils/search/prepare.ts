import { readIndexStatus, type IndexStatus } from '../db/search-index/snapshot';
import { foldWithMap } from './fold';
import { parseQuery } from './query';

/**
 * Warm the search path in a page that is about to search (call when the popup or library mounts,
 * before the user types): opens the database, caches the runs' directories and the live map, and
 * loads the Unicode data folding needs — so the first keystroke's query runs at warm speed.
 */
export async function prepareSearch(): Promise<IndexStatus> {
  foldWithMap('Ｃafé 서울 データ');
  parseQuery('warm "up" tag:x');
  return readIndexStatus();
}
