/**
 * Full-text search over the library — the only module UI code imports for searching.
 *
 *   searchClips(query, { limit, offset })  → SearchHit[]  (clip summary, score, snippet, highlights)
 *   searchLibrary(query, options)          → SearchResult (hits + total + parsed query + index status)
 *   searchClipIds(query)                   → number[]     (every match, best first: select all, counts)
 *   parseQuery(query)                      → ParsedQuery  (e.g. to show chips for tag:/site: filters)
 *   runSearchMaintenance({ budgetMs })     → IndexStatus  (background: merge delta, index queue, rebuild)
 *   getIndexStatus()                       → IndexStatus  ("indexing 1,234 clips…" hints)
 *   prepareSearch()                        → IndexStatus  (call on mount: the first keystroke runs warm)
 *
 * Query syntax: words (AND), "exact phrase", -exclude, tag:x, site:x, lang:ko, before:YYYY-MM-DD,
 * after:YYYY-MM-DD, is:untagged / is:tagged, is:unread / is:archived / is:favorite / is:saved; -tag:x etc. negate filters. Words match whole words
 * after case/diacritic folding, the word being typed at the end (≥ 3 letters) and `word*` match as
 * prefixes; Korean, Japanese and Chinese match as substrings (`성동구` finds `성동구가`).
 * Highlights are {start, end} UTF-16 ranges into `snippet.text` / `clip.title`: render them as marks.
 *
 * Saving, deleting, tagging and note edits (utils/db) update the index in their own transaction;
 * results are verified against the stored clip, so they are never stale. The background must call
 * runSearchMaintenance after saves (debounced) and at start-up: it indexes imported/restored clips
 * (until then they are reported as `queued` and not found), folds the delta into the stored runs,
 * compacts runs and rebuilds after a tokenizer change. Several contexts may call it (Web Lock).
 */
export { searchClips, searchLibrary } from './search';
export { clipMatchesQuery } from './verify';
export { searchClipIds } from './search-ids';
export { runSearchMaintenance, getIndexStatus, type MaintenanceOptions } from './maintenance';
export { prepareSearch } from './prepare';
export { parseQuery, hasConstraints, type ParsedQuery, type QueryTerm, type QueryRun } from './query';
export type { SearchHit, SearchResult, SearchOptions, HighlightRange, Snippet, IndexStatus } from './types';
export { TOKENIZER_VERSION, tokenize } from './tokenize';
export { foldText } from './fold';
