import { withIndexSnapshot, type IndexSnapshot, type SearchableClip } from '../db/search-index/snapshot';
import { findCandidates, indexIsExact } from './candidates';
import { foldWithMap, type FoldedText } from './fold';
import { matchesStoredClip } from './verify';
import { planQuery, type Unit } from './plan';
import { hasConstraints, parseQuery, type ParsedQuery } from './query';
import { highlightText, makeSnippet } from './snippet';
import type { SearchHit, SearchOptions, SearchResult } from './types';

const DEFAULT_LIMIT = 20;
/**
 * Extra candidates read per verification round for queries the index cannot decide alone (CJK
 * strings of three or more characters, phrases): bigram false positives are rare (~0.1 %), so one
 * spare beats reading a quarter more clips on every query; a rejection just costs another round.
 */
const VERIFY_SPARE = 1;

function toHit(c: SearchableClip, score: number, q: ParsedQuery, snippetLength: number, fold: FoldedText): SearchHit {
  return {
    clip: c.summary,
    score,
    snippet: makeSnippet(c.text, q.terms, snippetLength, fold),
    titleHighlights: highlightText(c.summary.title, q.terms),
  };
}

interface Page {
  hits: SearchHit[];
  total: number;
}

async function rankedPage(snap: IndexSnapshot, q: ParsedQuery, units: Unit[], offset: number, limit: number, snippetLength: number): Promise<Page> {
  const want = offset + limit;
  // Exact queries never lose a candidate to verification: read just the page, and skip the
  // candidates before it unread (deep pages of a virtual list stay cheap).
  const exact = indexIsExact(q);
  const spare = exact ? 0 : VERIFY_SPARE;
  let pool = want + (exact ? 0 : 16);
  let candidates = await findCandidates(snap, units, pool);
  const hits: SearchHit[] = [];
  let next = exact ? Math.min(offset, candidates.ids.length) : 0;
  let accepted = next;
  let rejected = 0;
  while (accepted < want && next < candidates.total) {
    if (next >= candidates.ids.length) {
      // Verification rejected more than the pool held (rare): rank again with a deeper pool.
      pool *= 4;
      candidates = await findCandidates(snap, units, pool);
      if (next >= candidates.ids.length) break;
    }
    const end = Math.min(candidates.ids.length, next + want - accepted + spare);
    const ids = Array.from(candidates.ids.subarray(next, end));
    const scores = candidates.scores.subarray(next, end);
    next = end;
    const clips = await snap.getClips(ids);
    ids.forEach((_, i) => {
      if (accepted >= want) return;
      const score = scores[i] ?? 0;
      const clip = clips[i];
      // One fold of the body serves verification and the snippet.
      const fold = clip ? foldWithMap(clip.text) : undefined;
      if (!clip || !fold || !matchesStoredClip(clip, q, fold.folded)) {
        rejected++;
        return;
      }
      accepted++;
      if (accepted > offset) hits.push(toHit(clip, score, q, snippetLength, fold));
    });
  }
  return { hits, total: Math.max(accepted, candidates.total - rejected) };
}

async function recentPage(snap: IndexSnapshot, q: ParsedQuery, offset: number, limit: number, snippetLength: number): Promise<Page> {
  const want = offset + limit;
  const hits: SearchHit[] = [];
  let accepted = 0;
  let position = 0;
  const batchSize = Math.min(200, want + 10);
  while (accepted < want) {
    const ids = await snap.recentClipIds(position, batchSize);
    if (ids.length === 0) break;
    position += ids.length;
    const clips = await snap.getClips(ids);
    for (const clip of clips) {
      if (!clip || accepted >= want) continue;
      const fold = foldWithMap(clip.text);
      if (!matchesStoredClip(clip, q, fold.folded)) continue;
      accepted++;
      if (accepted > offset) hits.push(toHit(clip, 0, q, snippetLength, fold));
    }
  }
  return { hits, total: hasConstraints(q) ? Math.max(accepted, position) : snap.stats.clipCount };
}

/**
 * Search the library: parse, read the index in one snapshot, rank (BM25, title and tags weighted,
 * newer first on ties), verify candidates against the stored clips in rank order until the page is
 * full, and cut snippets. Queries without words or filters list the newest clips.
 */
export async function searchLibrary(query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const started = performance.now();
  const limit = options.limit ?? DEFAULT_LIMIT;
  const offset = options.offset ?? 0;
  const snippetLength = options.snippetLength ?? 200;
  const q = parseQuery(query);
  const units = planQuery(q);
  const positive = units.some((u) => u.role !== 'exclude');
  return withIndexSnapshot(async (snap) => {
    const page = positive
      ? await rankedPage(snap, q, units, offset, limit, snippetLength)
      : await recentPage(snap, q, offset, limit, snippetLength);
    return {
      ...page,
      totalIsExact: positive ? indexIsExact(q) : !hasConstraints(q),
      query: q,
      index: snap.status,
      elapsedMs: performance.now() - started,
    };
  }, units.flatMap((u) => u.lookups));
}

/** Search the library and return one page of hits (see searchLibrary for totals and status). */
export async function searchClips(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  return (await searchLibrary(query, options)).hits;
}
