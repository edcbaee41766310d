import type { Clip } from '../db/clip';
import type { SearchableClip } from '../db/search-index/snapshot';
import { passesFilters } from './filters';
import { foldText } from './fold';
import { searchableText } from './index-doc';
import { termMatches } from './match';
import type { ParsedQuery } from './query';

/** The fields verification reads. */
export type VerifiableClip = Pick<Clip, 'title' | 'byline' | 'siteName' | 'tags' | 'note' | 'text' | 'canonicalUrl' | 'lang' | 'published' | 'clippedAt' | 'status' | 'favorite' | 'placeholder' | 'highlightText'>;

/**
 * The verification: every term occurs, no excluded term does, every filter holds. `foldedText`
 * is the already folded body, when the caller has it (snippets fold it too).
 */
export function clipMatchesQuery(clip: VerifiableClip, q: ParsedQuery, foldedText?: string): boolean {
  if (!passesFilters(clip, q)) return false;
  if (q.terms.length === 0 && q.excludes.length === 0) return true;
  // Same string as foldText(searchableText(clip)): folding is per character, the body comes last.
  const folded = `${foldText(searchableText({ ...clip, text: '' }))}${foldedText ?? foldText(clip.text)}`;
  return q.terms.every((t) => termMatches(folded, t)) && !q.excludes.some((t) => termMatches(folded, t));
}

/** Verify a clip as search stores it (summary + body text). */
export function matchesStoredClip(c: SearchableClip, q: ParsedQuery, foldedText?: string): boolean {
  return clipMatchesQuery({ ...c.summary, text: c.text }, q, foldedText);
}

