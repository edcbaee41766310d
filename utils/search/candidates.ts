import type { IndexSnapshot } from '../db/search-index/snapshot';
import { lookupAccepts } from './lookup';
import type { Unit } from './plan';
import type { ParsedQuery, QueryTerm } from './query';
import { rankCandidates, type UnitPostings } from './rank';
import type { Candidates } from './ranked-order';
import { scratchBytes } from './scratch';
import { cjkBigrams, MAX_WORD_LENGTH } from './tokenize';

async function readUnits(snap: IndexSnapshot, units: readonly Unit[]): Promise<UnitPostings[]> {
  const lookups = units.flatMap((u) => u.lookups);
  const [lists, deltaLists] = await Promise.all([snap.readLists(lookups), Promise.all(lookups.map((l) => snap.deltaMatches(l)))]);
  let at = 0;
  const raw = units.map((unit) => {
    const sources: UnitPostings['sources'] = [];
    const deltaKeys = new Set<number>();
    for (let i = 0; i < unit.lookups.length; i++, at++) {
      for (const run of lists[at] ?? []) for (const list of run.lists) sources.push({ slot: run.slot, list });
      for (const k of deltaLists[at] ?? []) deltaKeys.add(k);
    }
    return { unit, sources, deltaKeys: [...deltaKeys] };
  });
  const rows = await snap.deltaRows([...new Set(raw.flatMap((r) => r.deltaKeys))]);
  const byKey = new Map(rows.map((r) => [r.k, r]));
  return raw.map(({ unit, sources, deltaKeys }) => ({
    unit,
    sources,
    delta: deltaKeys.flatMap((key) => {
      const row = byKey.get(key);
      if (!row || row.del) return [];
      let tf = 0;
      row.terms.forEach((term, i) => {
        if (unit.lookups.some((l) => lookupAccepts(l, term))) tf += row.tfs[i] ?? 0;
      });
      return [{ key, tf, len: row.len }];
    }),
  }));
}

/** Read the units' postings from a snapshot, intersect and score them; the `limit` best, best first. */
export async function findCandidates(snap: IndexSnapshot, units: readonly Unit[], limit: number): Promise<Candidates> {
  const data = await readUnits(snap, units);
  const maxDeltaClip = snap.deltaKeys.reduce((m, k) => Math.max(m, k >>> 1), 0);
  const size = Math.max(snap.maxClipId, maxDeltaClip) + 1;
  const masked = scratchBytes(1, size);
  for (const key of snap.deltaKeys) masked[key >>> 1] = (masked[key >>> 1] ?? 0) | (1 << (key & 1));
  const { stats } = snap;
  const docs = Math.max(1, stats.clipCount);
  return rankCandidates(data, {
    size,
    masked,
    live: snap.live,
    norms: snap.norms,
    docCount: stats.clipCount,
    averageLengths: [stats.contentLength / docs, stats.metaLength / docs],
  }, limit);
}

function termIsExactInIndex(term: QueryTerm): boolean {
  if (term.runs.length !== 1) return false;
  const run = term.runs[0];
  if (!run) return false;
  // A word is one term (unless cut); a CJK string of one or two characters is one bigram/unigram
  // lookup, which is exactly "contains it". Longer CJK strings are bigram ANDs: verify.
  return run.kind === 'word' ? run.text.length <= MAX_WORD_LENGTH : cjkBigrams(run.text).length <= 1;
}

/** Whether the index alone decides the query (no clip needs to be read to confirm a match). */
export function indexIsExact(q: ParsedQuery): boolean {
  const wordExclude = (t: QueryTerm): boolean => t.runs.length === 1 && t.runs[0]?.kind === 'word' && !t.prefix && termIsExactInIndex(t);
  return q.terms.every(termIsExactInIndex) && q.excludes.every(wordExclude);
}
