import { lengthOfNorm } from './postings';

/** BM25 saturation: the fifth occurrence of a word adds much less than the first. */
export const K1 = 1.2;
/** BM25 length normalization strength. */
export const B = 0.75;

/** Inverse document frequency (BM25+ style, never negative). */
export function idf(df: number, docCount: number): number {
  const n = Math.max(docCount, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Per-norm denominators for one part: K1 · (1 − B + B · length / average). Precomputed once per
 * query so scoring a posting is a table lookup, a multiply and a divide.
 */
export function normTable(averageLength: number): Float64Array {
  const avg = averageLength > 0 ? averageLength : 1;
  return Float64Array.from({ length: 256 }, (_, q) => K1 * (1 - B + (B * lengthOfNorm(q)) / avg));
}

/** One posting's BM25 contribution. */
export function bm25(termIdf: number, tf: number, denominator: number): number {
  return tf === 0 ? 0 : (termIdf * tf * (K1 + 1)) / (tf + denominator);
}
