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

/** Add the index terms of already-folded text to counts, each occurrence counted `weight` times. */
export function countTerms(folded: string, counts: Map<string, number>, weight = 1): number {
  let length = 0;
  const add = (term: string): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
    length += weight;
  };
  for (const run of scanRuns(folded)) {
    if (run.kind === 'word') {
      add(wordTerm(run.text));
      continue;
    }
    for (const bigram of cjkBigrams(run.text)) add(bigram);
    add(cjkTrailingUnigram(run.text));
  }
  return length;
}

/** Index terms of a raw text, in order, with repetition (folds first). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const run of scanRuns(foldText(text))) {
    if (run.kind === 'word') out.push(wordTerm(run.text));
    else out.push(...cjkBigrams(run.text), cjkTrailingUnigram(run.text));
  }
  return out;
}
