import search from 'approx-string-match';
import type { TextQuoteSelector } from './types';

/** Where a quote was found: UTF-16 offsets, and whether the text there is exactly the quote. */
export interface QuoteMatch {
  start: number;
  end: number;
  exact: boolean;
  /** 0..1, higher is better (quote similarity, context agreement, nearness to the hint). */
  score: number;
}

/** Share of a quote that may differ (edit operations) for a fuzzy match to count. */
export const MAX_ERROR_RATE = 0.3;
/** Quotes shorter than this (code units) are matched exactly only: a fuzzy short match is noise. */
const MIN_FUZZY_LENGTH = 8;
/** Scores below this are treated as no match (the highlight becomes an orphan). */
const MIN_SCORE = 0.5;
/** Exact occurrences scored at most (a quote like "the" in a long text has thousands). */
const MAX_EXACT_CANDIDATES = 2000;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** Characters shared by `a` and `b` counting from their ends (prefix side). */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Characters shared by `a` and `b` counting from their starts (suffix side). */
function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Similarity of context: exact agreement at the boundary, else an approximate match. */
function contextScore(expected: string, actual: string, side: 'prefix' | 'suffix'): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const shared = side === 'prefix' ? commonTail(expected, actual) : commonHead(expected, actual);
  if (shared === expected.length) return 1;
  const found = search(actual, expected, expected.length);
  const errors = found.length > 0 ? Math.min(...found.map((m) => m.errors)) : expected.length;
  return Math.max(shared / expected.length, 1 - errors / expected.length);
}

function scoreAt(text: string, quote: TextQuoteSelector, start: number, end: number, errors: number, hint: number | undefined): number {
  const quoteScore = 1 - errors / Math.max(1, quote.exact.length);
  const prefix = contextScore(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start), 'prefix');
  const suffix = contextScore(quote.suffix, text.slice(end, end + quote.suffix.length), 'suffix');
  const position = hint === undefined ? 1 : 1 - Math.abs(start - hint) / Math.max(1, text.length);
  const raw = WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position;
  return raw / (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
}

function best(candidates: QuoteMatch[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

/** Keep a match off the middle of a surrogate pair (fuzzy matches count code units). */
function snap(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && (code & 0xfc00) === 0xdc00 ? offset - 1 : offset;
}

/**
 * Find `quote` in `text` (Hypothesis-style): exact occurrences first, ranked by prefix/suffix and
 * nearness to `hint` (a UTF-16 offset where it used to start); otherwise the best approximate
 * match within MAX_ERROR_RATE edits. Null when the quote is gone (the highlight is orphaned).
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint?: number): QuoteMatch | null {
  const exact = quote.exact;
  if (exact.length === 0 || text.length === 0) return null;
  // The stored position usually still points at the quote: check it before searching.
  if (hint !== undefined && text.startsWith(exact, hint)) {
    const score = scoreAt(text, quote, hint, hint + exact.length, 0, hint);
    if (score >= 0.99) return { start: hint, end: hint + exact.length, exact: true, score };
  }
  const exactMatches: QuoteMatch[] = [];
  for (let at = text.indexOf(exact); at !== -1 && exactMatches.length < MAX_EXACT_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    exactMatches.push({ start: at, end: at + exact.length, exact: true, score: 0 });
  }
  for (const m of exactMatches) m.score = scoreAt(text, quote, m.start, m.end, 0, hint);
  const exactBest = best(exactMatches);
  if (exactBest) return exactBest;
  if (exact.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_ERROR_RATE));
  const fuzzy = search(text, exact, maxErrors).map((m) => {
    const start = snap(text, m.start);
    const end = snap(text, m.end);
    return { start, end, exact: false, score: scoreAt(text, quote, start, end, m.errors, hint) };
  });
  const fuzzyBest = best(fuzzy);
  return fuzzyBest && fuzzyBest.score >= MIN_SCORE && fuzzyBest.end > fuzzyBest.start ? fuzzyBest : null;
}
