import { SEP, WORD, classAt, classBefore } from './char-class';
import type { QueryTerm } from './query';

/**
 * The definition of "a clip matches a term", applied to folded text. The index only proposes
 * candidates; this decides, so results never depend on bigram coincidences or stale postings.
 *
 * - A word run must be a whole word (the char before and after is not a WORD char); the last run of
 *   a prefix term only needs to start a word.
 * - A CJK run matches anywhere (substring), so `성동구` finds `성동구가` and `일자리` `일자리대상`.
 * - Consecutive runs of a compound or phrase may be separated by separators (never a field
 *   boundary); runs of the same kind need at least one, a script change needs none (`k팝`).
 */

/** A match in folded text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

function skipSeparators(folded: string, from: number): number {
  let j = from;
  const n = folded.length;
  while (j < n) {
    const unit = folded.charCodeAt(j);
    if (unit === 3) break; // field separator: phrases stop here
    if (classAt(folded, j) !== SEP) break;
    j += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
  }
  return j;
}

function wordEnd(folded: string, from: number): number {
  let j = from;
  while (j < folded.length && classAt(folded, j) === WORD) {
    const unit = folded.charCodeAt(j);
    j += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
  }
  return j;
}

/** End of a match of `term` starting exactly at `start`, or -1. */
function matchAt(folded: string, term: QueryTerm, start: number): number {
  const runs = term.runs;
  const first = runs[0];
  if (!first) return -1;
  if (first.kind === 'word' && classBefore(folded, start) === WORD) return -1;
  let pos = start + first.text.length;
  for (let k = 1; k < runs.length; k++) {
    const prev = runs[k - 1];
    const run = runs[k];
    if (!prev || !run) return -1;
    const j = skipSeparators(folded, pos);
    if (j === pos && prev.kind === run.kind) return -1;
    if (!folded.startsWith(run.text, j)) return -1;
    pos = j + run.text.length;
  }
  const last = runs[runs.length - 1];
  if (last?.kind === 'word') {
    if (term.prefix) return wordEnd(folded, pos);
    if (classAt(folded, pos) === WORD) return -1;
  }
  return pos;
}

/** Matches of a term in folded text, in order, at most `limit`. */
export function findSpans(folded: string, term: QueryTerm, limit = Infinity): Span[] {
  const out: Span[] = [];
  const first = term.runs[0];
  if (!first) return out;
  let i = folded.indexOf(first.text);
  while (i >= 0 && out.length < limit) {
    const end = matchAt(folded, term, i);
    if (end >= 0) {
      out.push({ start: i, end });
      i = folded.indexOf(first.text, Math.max(end, i + 1));
    } else {
      i = folded.indexOf(first.text, i + 1);
    }
  }
  return out;
}

/** Whether folded text contains the term. */
export function termMatches(folded: string, term: QueryTerm): boolean {
  return findSpans(folded, term, 1).length > 0;
}

/** Whether a term is made of CJK only (its index candidates need verification most). */
export function isCjkTerm(term: QueryTerm): boolean {
  return term.runs.every((r) => r.kind === 'cjk');
}
