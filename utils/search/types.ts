import type { ClipSummary } from '../db/clip-summary';
import type { IndexStatus } from '../db/search-index/snapshot';
import type { ParsedQuery } from './query';
import type { HighlightRange, Snippet } from './snippet';

/** Paging of search results. */
export interface SearchOptions {
  /** Hits to return (default 20). */
  limit?: number;
  /** Hits to skip (default 0). */
  offset?: number;
  /** Snippet length in characters (default 200). */
  snippetLength?: number;
}

/** One result: the clip's summary, its relevance, and where the query matched. */
export interface SearchHit {
  clip: ClipSummary;
  /** BM25 score (0 for filter-only queries, which list newest first). */
  score: number;
  /** A passage of the body around the matches, with highlight ranges into `snippet.text`. */
  snippet: Snippet;
  /** Highlight ranges into `clip.title`. */
  titleHighlights: HighlightRange[];
}

/** A page of results plus what the UI needs to describe them. */
export interface SearchResult {
  hits: SearchHit[];
  /**
   * Number of candidates: exact for word-only queries and filters; for CJK and phrase queries an
   * upper bound (candidates beyond the page are not verified).
   */
  total: number;
  totalIsExact: boolean;
  query: ParsedQuery;
  /** When not ready, clips still queued for indexing are missing from the results. */
  index: IndexStatus;
  /** Time spent, for diagnostics. */
  elapsedMs: number;
}

export type { HighlightRange, Snippet, IndexStatus };
