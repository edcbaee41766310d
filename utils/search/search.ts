import { withIndexSnapshot, type IndexSnapshot, type SearchableClip } from '../db/search-index/snapshot';
import { findCandidates, indexIsExact } from './candidates';
import { foldWithMap, type FoldedText } from './fold';
import { matchesStoredClip } from './verify';
import { planQuery, type Unit } from './plan';
import { hasConstraints, parseQuery, type ParsedQuery } from './query';
import { RankedOrder } from './ranked-order';
import { highlightText, makeSnippet } from './snippet';
import type { SearchHit, SearchOptions, SearchResult } from './types';

const DEFAULT_LIMIT = 20;
/** Clips loaded per verification round (a few more than needed: some candidates fail). */
const VERIFY_SLACK = 1.25;

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
  const candidates = await findCandidates(snap, units);
  const order = new RankedOrder(candidates);
  // Exact queries rarely lose a candidate to verification: read just the page, and skip the
  // candidates before it unread (deep pages of a virtual list stay cheap).
  const exact = indexIsExact(q);
  const slack = exact ? 1 : VERIFY_SLACK;
  const hits: SearchHit[] = [];
  let accepted = exact ? order.take(offset).length : 0;
  let rejected = 0;
  while (accepted < want && order.remaining > 0) {
    const batch = order.take(Math.ceil((want - accepted) * slack) + (slack > 1 ? 2 : 0));
    const clips = await snap.getClips(batch.map(([id]) => id));
    batch.forEach(([, score], i) => {
      if (accepted >= want) return;
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
  return { hits, total: Math.max(accepted, candidates.ids.length - rejected) };
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
