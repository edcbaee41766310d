/**
 * Rows of the search tables (schema v2). The posting records themselves live in `terms` as bare
 * Uint8Array values under string keys (see utils/search/postings.ts).
 */

/**
 * A clip part whose postings in `terms` are out of date: its current terms (multi-entry indexed, so
 * queries find new clips at once) and the terms the main index may still hold for it (`old`), so
 * the merge knows which records to rewrite. Written in the clip's own transaction.
 */
export interface DeltaRow {
  /** Doc key: clipId * 2 + part. */
  k: number;
  terms: string[];
  tfs: number[];
  /** Weighted token count of the part. */
  len: number;
  old: string[];
  /** 1 when the clip was deleted (terms empty). */
  del: 0 | 1;
}

/** A clip waiting to be indexed by the background worker (imports and rebuilds). */
export interface QueueRow {
  id: number;
}

/** A tag in use: its key, display spelling (first seen or renamed) and how many clips carry it. */
export interface TagRow {
  key: string;
  name: string;
  count: number;
}

/** Corpus figures for ranking; lengths are approximate (they only scale length normalization). */
export interface StatsRow {
  key: 'stats';
  clipCount: number;
  contentLength: number;
  metaLength: number;
  /** Bumped by every clip change (cheap cache key for list queries). */
  revision: number;
}

/** State of the stored index. */
export interface IndexStateRow {
  key: 'index';
  /** Tokenizer version the records were built with; differs → rebuild. */
  tokenizerVersion: number;
  /** Blocks that have records (others can be written without reading first). */
  blocksWithData: number[];
}

export type SearchMetaRow = StatsRow | IndexStateRow;

/** Stats of an empty library. */
export function emptyStats(): StatsRow {
  return { key: 'stats', clipCount: 0, contentLength: 0, metaLength: 0, revision: 0 };
}
