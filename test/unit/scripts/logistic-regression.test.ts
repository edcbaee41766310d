import { describe, expect, it } from 'vitest';
import { accuracy, crossValidate, fit, logit, solve, type Sample } from '../../../scripts/lib/logistic-regression';

/** Articles have long prose (x0) and few links (x1); noise keeps the classes from separating perfectly. */
function samples(n: number): Sample[] {
  return Array.from({ length: n }, (_, i) => {
    const label = i % 2;
    const prose = label ? 3 + ((i * 7) % 5) : (i * 3) % 4;
    const links = label ? (i * 5) % 3 : 2 + ((i * 11) % 4);
    return { x: [prose, links], label, weight: 1, dev: i % 5 !== 0 };
  });
}

describe('logistic regression for the detector', () => {
  it('solves a small linear system', () => {
    expect(solve([[2, 1], [1, 3]], [3, 5]).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0.8, 1.4]);
  });

  it('fits weights with the expected signs and separates the classes', () => {
    const data = samples(60);
    const model = fit(data, 1, [undefined, undefined]);
    expect(model.w[0]).toBeGreaterThan(0);
    expect(model.w[1]).toBeLessThan(0);
    expect(accuracy(data, (p) => logit(model, p))).toBeGreaterThan(0.95);
  });

  it('keeps a hand-set weight and cross-validates on the benchmark samples only', () => {
    const data = samples(60);
    const model = fit(data, 1, [undefined, -0.5]);
    expect(model.w[1]).toBe(-0.5);
    const cv = crossValidate(data, 1, 2, [undefined, undefined], 5);
    expect(cv.mean).toBeGreaterThan(0.9);
    expect(cv.min).toBeLessThanOrEqual(cv.max);
  });
});
