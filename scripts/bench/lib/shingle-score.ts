// The Zyte article-extraction benchmark metric (see the bench folder's README): 4-token shingles over
// /[\p{L}\p{N}_]+/gu, counted as multisets; per-page precision/recall; P and R averaged over pages.

/** Per-page scores. */
export interface PageScore {
  precision: number;
  recall: number;
  /** False when the prediction was empty (the page then counts only towards recall). */
  predicted: boolean;
}

/** Overall scores: mean page precision (non-empty predictions), mean page recall, their F1. */
export interface Totals {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Tokens: maximal runs of Unicode letters, digits and underscore, case kept. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of 4-token shingles (a text of 1–3 tokens is one shorter shingle). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Scores one prediction against the ground-truth text. */
export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let predictedTotal = 0;
  let truthTotal = 0;
  for (const [key, count] of p) {
    predictedTotal += count;
    tp += Math.min(count, t.get(key) ?? 0);
  }
  for (const count of t.values()) truthTotal += count;
  const fp = predictedTotal - tp;
  const fn = truthTotal - tp;
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, predicted: predictedTotal > 0 };
  return {
    precision: predictedTotal ? tp / predictedTotal : 0,
    recall: truthTotal ? tp / truthTotal : 0,
    predicted: predictedTotal > 0,
  };
}

/** Averages page scores as the benchmark does. */
export function totals(scores: PageScore[]): Totals {
  const withPrediction = scores.filter((s) => s.predicted);
  const precision = withPrediction.length ? withPrediction.reduce((n, s) => n + s.precision, 0) / withPrediction.length : 0;
  const recall = scores.length ? scores.reduce((n, s) => n + s.recall, 0) / scores.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: scores.length };
}
