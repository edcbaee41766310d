import { ARCHIVED_FACET, dateRangeFacets, FAVORITE_FACET, HIGHLIGHTS_FACET, langFacet, PLACEHOLDER_FACET, siteFacet, tagFacet, UNTAGGED_FACET } from './facets';
import { lookupId, type TermLookup } from './lookup';
import type { ParsedQuery, QueryTerm } from './query';
import { cjkBigrams, MAX_WORD_LENGTH, wordTerm } from './tokenize';

/**
 * A unit is one posting-list union (its lookups OR-ed): units with role "score" and "filter" are
 * AND-ed, "score" ones add BM25, "exclude" ones remove clips. Units are a superset of the true
 * matches (bigrams need not be adjacent), so every result is verified afterwards.
 */
export interface Unit {
  role: 'score' | 'filter' | 'exclude';
  lookups: TermLookup[];
}

/** More units than this are dropped (each costs a read; verification still applies every term). */
export const MAX_UNITS = 64;

function termLookups(term: QueryTerm): TermLookup[] {
  const out: TermLookup[] = [];
  term.runs.forEach((run, i) => {
    const isLast = i === term.runs.length - 1;
    if (run.kind === 'word') {
      out.push(term.prefix && isLast ? { kind: 'prefix', prefix: wordTerm(run.text) } : { kind: 'exact', term: wordTerm(run.text) });
      return;
    }
    const bigrams = cjkBigrams(run.text);
    // One CJK character: its unigram plus every bigram it starts (see tokenize.ts for why complete).
    if (bigrams.length === 0) out.push({ kind: 'prefix', prefix: run.text });
    for (const b of bigrams) out.push({ kind: 'exact', term: b });
  });
  return out;
}

/** Turn a parsed query into index units. */
export function planQuery(q: ParsedQuery): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<string>();
  const add = (role: Unit['role'], lookups: TermLookup[]): void => {
    const id = role + lookups.map(lookupId).sort().join('\u0002');
    if (lookups.length === 0 || seen.has(id)) return;
    seen.add(id);
    units.push({ role, lookups });
  };
  for (const term of q.terms) for (const l of termLookups(term)) add('score', [l]);
  for (const tag of q.tags) add('filter', [{ kind: 'exact', term: tagFacet(tag) }]);
  if (q.sites.length > 0) add('filter', q.sites.map((s) => ({ kind: 'exact', term: siteFacet(s) })));
  if (q.langs.length > 0) add('filter', q.langs.map((l) => ({ kind: 'exact', term: langFacet(l) })));
  if (q.after !== undefined || q.before !== undefined) {
    add('filter', dateRangeFacets(q.after, q.before).map((r) => ({ kind: 'span', from: r.from, to: r.to })));
  }
  if (q.untagged === true) add('filter', [{ kind: 'exact', term: UNTAGGED_FACET }]);
  if (q.untagged === false) add('exclude', [{ kind: 'exact', term: UNTAGGED_FACET }]);
  // Unread is "not archived", so a clip indexed before reading status existed counts as unread.
  if (q.status !== undefined) add(q.status === 'archived' ? 'filter' : 'exclude', [{ kind: 'exact', term: ARCHIVED_FACET }]);
  if (q.favorite !== undefined) add(q.favorite ? 'filter' : 'exclude', [{ kind: 'exact', term: FAVORITE_FACET }]);
  if (q.placeholder !== undefined) add(q.placeholder ? 'filter' : 'exclude', [{ kind: 'exact', term: PLACEHOLDER_FACET }]);
  if (q.highlighted === true) add('filter', [{ kind: 'exact', term: HIGHLIGHTS_FACET }]);
  if (q.highlighted === false) add('exclude', [{ kind: 'exact', term: HIGHLIGHTS_FACET }]);
  for (const tag of q.excludedTags) add('exclude', [{ kind: 'exact', term: tagFacet(tag) }]);
  for (const s of q.excludedSites) add('exclude', [{ kind: 'exact', term: siteFacet(s) }]);
  for (const l of q.excludedLangs) add('exclude', [{ kind: 'exact', term: langFacet(l) }]);
  // A whole word is exact in the index, so it can be excluded there; anything else (CJK, phrases,
  // prefixes, over-long words) is excluded by verification only.
  for (const term of q.excludes) {
    const run = term.runs[0];
    if (term.runs.length === 1 && run?.kind === 'word' && !term.prefix && run.text.length <= MAX_WORD_LENGTH) {
      add('exclude', [{ kind: 'exact', term: run.text }]);
    }
  }
  return units.slice(0, MAX_UNITS);
}
