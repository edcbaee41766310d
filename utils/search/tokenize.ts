import { CJK, WORD, classOf } from './char-class';
import { foldText } from './fold';

/**
 * Bump whenever the terms produced for a text change (folding, run rules, bigrams, facets, field
 * weights): the stored index is then rebuilt from the clips in the background.
 *
 * Rules (v1), applied to folded text:
 * - a maximal run of WORD characters is one term (cut at MAX_WORD_LENGTH);
 * - a maximal run of CJK characters gives its overlapping bigrams plus its last character as a
 *   unigram (a one-character run is just that unigram). The trailing unigram makes a one-character
 *   CJK query complete: every occurrence of c is either the start of a bigram "c?" or a run's end.
 */
export const TOKENIZER_VERSION = 1;

/** Longer words are cut so junk (hashes, base64) cannot bloat the term table; queries cut the same way. */
export const MAX_WORD_LENGTH = 40;

/** A maximal run of one character class inside folded text. */
export interface Run {
  kind: 'word' | 'cjk';
  /** The run's folded text. */
  text: string;
  /** Start offset in the folded text (UTF-16 units). */
  start: number;
}

/** Split folded text into word runs and CJK runs (separators dropped). */
export function scanRuns(folded: string): Run[] {
  const runs: Run[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const cp = folded.codePointAt(i) ?? 0;
    const cls = classOf(cp);
    const width = cp > 0xffff ? 2 : 1;
    if (cls !== WORD && cls !== CJK) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < n) {
      const next = folded.codePointAt(i) ?? 0;
      if (classOf(next) !== cls) break;
      i += next > 0xffff ? 2 : 1;
    }
    runs.push({ kind: cls === WORD ? 'word' : 'cjk', text: folded.slice(start, i), start });
  }
  return runs;
}

/** The index term for a word run. */
export function wordTerm(word: string): string {
  return word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word;
}

/** Overlapping bigrams of a CJK run (by code point); a one-character run gives no bigram. */
export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let k = 0; k + 1 < chars.length; k++) out.push((chars[k] ?? '') + (chars[k + 1] ?? ''));
  return out;
}

/** The last character of a CJK run (its indexed unigram). */
export function cjkTrailingUnigram(run: string): string {
  const last = run.codePointAt(run.length - 1) ?? 0;
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff && run.length >= 2;
  return isLowSurrogate ? run.slice(-2) : run.slice(-1);
}

/**
 * Call visit(term) for each index term of folded text, in order. The indexing hot path: no run
 * objects, and CJK bigrams are plain slices unless the run has supplementary-plane characters.
 */
export function forEachTerm(folded: string, visit: (term: string) => void): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let cp = folded.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = folded.codePointAt(i) ?? cp;
      width = cp > 0xffff ? 2 : 1;
    }
    const cls = classOf(cp);
    if (cls !== WORD && cls !== CJK) {
      i += width;
      continue;
    }
    const start = i;
    let astral = width === 2;
    i += width;
    while (i < n) {
      let next = folded.charCodeAt(i);
      let w = 1;
      if (next >= 0xd800 && next <= 0xdbff) {
        next = folded.codePointAt(i) ?? next;
        w = next > 0xffff ? 2 : 1;
      }
      if (classOf(next) !== cls) break;
      if (w === 2) astral = true;
      i += w;
    }
    if (cls === WORD) {
      visit(wordTerm(folded.slice(start, i)));
    } else if (!astral) {
      for (let k = start; k + 1 < i; k++) visit(folded.slice(k, k + 2));
      visit(folded.slice(i - 1, i));
    } else {
      const run = folded.slice(start, i);
      for (const b of cjkBigrams(run)) visit(b);
      visit(cjkTrailingUnigram(run));
    }
  }
}

/** Add the index terms of already-folded text to counts, each occurrence counted `weight` times. */
export function countTerms(folded: string, counts: Map<string, number>, weight = 1): number {
  let length = 0;
  forEachTerm(folded, (term) => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
    length += weight;
  });
  return length;
}

/** Index terms of a raw text, in order, with repetition (folds first). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachTerm(foldText(text), (term) => out.push(term));
  return out;
}
