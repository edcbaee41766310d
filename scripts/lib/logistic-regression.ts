// Logistic regression for the detector's weights (scripts/fit-detector.ts): the fit, its accuracy
// and k-fold cross-validation, on samples whose features are already measured.

/** One labelled sample: its feature values, label (1 article, 0 not) and weight in the loss. */
export interface Sample {
  x: number[];
  label: number;
  weight: number;
  /** A benchmark page (cross-validated) rather than a fixture (always in training). */
  dev: boolean;
}

/** A fitted model in original units: logit = bias + Σ w·x (fixed features included). */
export interface Model {
  bias: number;
  w: number[];
}

/** Solve A·x = b by Gauss–Jordan elimination (A is the small, positive definite Hessian: no pivoting needed). */
export function solve(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i]!]);
  const n = b.length;
  for (let col = 0; col < n; col++) {
    const top = m[col]!;
    for (let r = 0; r < n; r++) {
      const row = m[r]!;
      const k = r === col ? 0 : row[col]! / top[col]!;
      for (let c = col; c <= n && k !== 0; c++) row[c]! -= k * top[c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * L2-regularized logistic regression (Newton's method) on standardized free features, intercept not
 * penalized; `fixed[i]`, when set, is feature i's weight by hand (it only offsets the logit).
 */
export function fit(train: readonly Sample[], lambda: number, fixed: readonly (number | undefined)[]): Model {
  const free = fixed.flatMap((f, i) => (f === undefined ? [i] : []));
  const stats = free.map((i) => {
    const values = train.map((p) => p.x[i]!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
    return { mean, sd };
  });
  const rows = train.map((p) => [1, ...free.map((i, j) => (p.x[i]! - stats[j]!.mean) / stats[j]!.sd)]);
  const offsets = train.map((p) => fixed.reduce<number>((z, f, i) => z + (f ?? 0) * p.x[i]!, 0));
  const d = free.length + 1;
  let beta = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = beta.map((b, j) => (j === 0 ? 0 : lambda * b));
    const hess = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k && j > 0 ? lambda : 0)));
    rows.forEach((row, n) => {
      const z = offsets[n]! + row.reduce((a, v, j) => a + v * beta[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const weight = train[n]!.weight;
      const r = weight * (p - train[n]!.label);
      const w = weight * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < d; j++) {
        grad[j]! += r * row[j]!;
        for (let k = 0; k < d; k++) hess[j]![k]! += w * row[j]! * row[k]!;
      }
    });
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const w = fixed.map((f) => f ?? 0);
  let bias = beta[0]!;
  free.forEach((i, j) => {
    w[i] = beta[j + 1]! / stats[j]!.sd;
    bias -= (beta[j + 1]! * stats[j]!.mean) / stats[j]!.sd;
  });
  return { bias, w };
}

/** The model's logit for a sample. */
export const logit = (m: Model, p: Sample): number => p.x.reduce((z, v, i) => z + m.w[i]! * v, m.bias);
/** Share of samples whose score has the label's sign. */
export const accuracy = <T extends Sample>(pages: readonly T[], score: (p: T) => number): number =>
  pages.filter((p) => (score(p) >= 0 ? 1 : 0) === p.label).length / pages.length;
/** Weights to the nearest 0.05 (as written into the detector). */
const round = (v: number): number => Math.round(v * 20) / 20;
/** The model with its weights rounded. */
export const rounded = (m: Model): Model => ({ bias: round(m.bias), w: m.w.map(round) });

/** Deterministic PRNG (mulberry32) so every run deals the same folds. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k-fold CV over dev pages (stratified by label), fixtures always in training; mean accuracy over shuffles. */
export function crossValidate(
  pages: readonly Sample[],
  lambda: number,
  shuffles: number,
  fixed: readonly (number | undefined)[],
  k = 10,
): { mean: number; min: number; max: number } {
  const dev = pages.filter((p) => p.dev);
  const fixtures = pages.filter((p) => !p.dev);
  const results: number[] = [];
  for (let s = 0; s < shuffles; s++) {
    const next = random(1000 + s);
    const order = dev.map((p) => ({ p, r: next() })).sort((a, b) => a.p.label - b.p.label || a.r - b.r).map((e) => e.p);
    const fold = new Map(order.map((p, i) => [p, i % k]));
    let right = 0;
    for (let f = 0; f < k; f++) {
      const test = dev.filter((p) => fold.get(p) === f);
      const model = rounded(fit([...fixtures, ...dev.filter((p) => fold.get(p) !== f)], lambda, fixed));
      right += test.filter((p) => (logit(model, p) >= 0 ? 1 : 0) === p.label).length;
    }
    results.push(right / dev.length);
  }
  return { mean: results.reduce((a, b) => a + b, 0) / results.length, min: Math.min(...results), max: Math.max(...results) };
}
