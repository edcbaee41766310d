import { describe, expect, it } from 'vitest';
import { selectTop } from '../../../utils/search/ranked-order';

describe('selectTop', () => {
  const matched = Uint8Array.from([0, 2, 2, 1, 2, 2, 2, 0, 2]);
  const score = Float64Array.from([9, 1, 5, 9, 5, 0, 7, 9, 1]);

  it('returns the best candidates by score, newer id first on ties, and counts them all', () => {
    const top = selectTop(matched, score, 2, 4);
    expect(Array.from(top.ids)).toEqual([6, 4, 2, 8]);
    expect(Array.from(top.scores)).toEqual([7, 5, 5, 1]);
    expect(top.total).toBe(6);
  });

  it('returns every candidate in order when the limit is large', () => {
    expect(Array.from(selectTop(matched, score, 2, 100).ids)).toEqual([6, 4, 2, 8, 1, 5]);
    expect(selectTop(matched, score, 2, 0)).toMatchObject({ total: 6 });
    expect(selectTop(matched, score, 0, 10).total).toBe(0);
  });

  it('agrees with a full sort on random data', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const n = 5000;
    const m = Uint8Array.from({ length: n }, () => (rand() < 0.6 ? 3 : 1));
    const s = Float64Array.from({ length: n }, () => Math.floor(rand() * 50));
    const expected = [...Array(n).keys()].filter((c) => m[c] === 3).sort((a, b) => (s[b] ?? 0) - (s[a] ?? 0) || b - a);
    expect(Array.from(selectTop(m, s, 3, 37).ids)).toEqual(expected.slice(0, 37));
  });
});
