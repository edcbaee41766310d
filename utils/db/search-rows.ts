import type { ClipSummary } from './clip-summary';

/** Rows of the search tables (schema v2). Pages themselves are `IndexPage` values (utils/search/pages.ts). */

/**
 * A clip part changed since the last merge: its current terms (multi-entry indexed, so queries find
 * new clips at once) with weighted term frequencies. Written in the clip's own transaction; it
 * supersedes whatever the runs hold for that part until it is merged into a new run.
 */
export interface DeltaRow {
  /** Doc key: clipId * 2 + part. */
  k: number;
  terms: string[];
  tfs: number[];
  /** Weighted token count of the part. */
  len: number;
  /** 1 when the clip was deleted (terms empty). */
  del: 0 | 1;
}

/** A clip waiting to be indexed by the background worker (imports and rebuilds). */
export interface QueueRow {
  id: number;
}

/**
 * What search reads per result: the summary it returns and the body text it verifies candidates
 * against and cuts snippets from — one small record instead of the whole clip (html, markdown).
 */
export interface SearchDocRow {
  id: number;
  summary: ClipSummary;
  text: string;
}

/** A tag in use: its key, display spelling (first seen or renamed) and how many clips carry it. */
export interface TagRow {
  key: string;
  name: string;
  count: number;
}

/** An immutable sorted run of the index; its pages are keyed [id, page number]. */
export interface RunRow {
  id: number;
  /** First term of every page (the run's directory). */
  firstTerms: string[];
}

/** A run as the index state lists it. */
export interface RunRef {
  id: number;
  /** 1…255: what `live` stores for the doc parts whose current postings are in this run. */
  slot: number;
  postings: number;
}

/** Corpus figures for ranking; lengths are approximate (they only scale length normalization). */
export interface StatsRow {
  key: 'stats';
  clipCount: number;
  /** Largest clip id ever stored (sizes the scoring arrays). */
  maxClipId: number;
  contentLength: number;
  metaLength: number;
  /** Bumped by every clip change (cheap cache key for list queries). */
  revision: number;
  /**
   * False only when the delta table is known empty (set by the merge that emptied it): queries
   * then skip reading it — most queries, since maintenance keeps up.
   */
  deltaDirty: boolean;
  /** False only when the index queue is known empty. */
  queueDirty: boolean;
}

/** State of the stored index. */
export interface IndexStateRow {
  key: 'index';
  /** Tokenizer version the runs were built with; differs → rebuild. */
  tokenizerVersion: number;
  /** Active runs, oldest first. */
  runs: RunRef[];
  /** Runs a compaction is writing (invisible to queries; removed if the writer died). */
  building: RunRef[];
  nextRunId: number;
  /** Bumped whenever `live` changes (lets readers cache it). */
  liveVersion: number;
}

/**
 * For each doc key, the slot of the run holding its current postings (0: none). Postings of a doc
 * key in any other run are stale — that is how updates and deletes take effect without rewriting
 * old runs; compaction drops the stale ones.
 */
export interface LiveRow {
  key: 'live';
  slots: Uint8Array;
  /** Length norm (see normOf) of each doc key's live version. */
  norms: Uint8Array;
}

export type SearchMetaRow = StatsRow | IndexStateRow | LiveRow;

/** Stats of an empty library. */
export function emptyStats(): StatsRow {
  return { key: 'stats', clipCount: 0, maxClipId: 0, contentLength: 0, metaLength: 0, revision: 0, deltaDirty: false, queueDirty: false };
}
