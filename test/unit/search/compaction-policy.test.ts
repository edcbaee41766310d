import { describe, expect, it } from 'vitest';
import { BASE_POSTINGS, levelOf, MAX_MERGED_POSTINGS, MAX_RUNS, pickCompaction } from '../../../utils/search/compaction-policy';

describe('compaction policy', () => {
  it('levels runs by size, factor 4', () => {
    expect(levelOf(BASE_POSTINGS)).toBe(0);
    expect(levelOf(BASE_POSTINGS * 2)).toBe(1);
    expect(levelOf(BASE_POSTINGS * 4)).toBe(2);
  });

  it('merges four runs of a level, smallest level first', () => {
    const runs = [
      { id: 1, postings: 5_000_000 },
      { id: 2, postings: 100 },
      { id: 3, postings: 200 },
      { id: 4, postings: 300 },
    ];
    expect(pickCompaction(runs)).toBeUndefined();
    expect(pickCompaction([...runs, { id: 5, postings: 400 }])).toEqual([2, 3, 4, 5]);
  });

  it('caps the number of runs a query reads', () => {
    const runs = Array.from({ length: MAX_RUNS + 1 }, (_, i) => ({ id: i, postings: BASE_POSTINGS * 2 ** i }));
    expect(pickCompaction(runs)).toEqual([0, 1, 2, 3]);
  });

  it('never builds a run past the size cap', () => {
    const big = MAX_MERGED_POSTINGS / 3;
    const runs = Array.from({ length: 4 }, (_, i) => ({ id: i, postings: big }));
    expect(pickCompaction(runs)).toBeUndefined();
    const many = Array.from({ length: MAX_RUNS + 1 }, (_, i) => ({ id: i, postings: big }));
    expect(pickCompaction(many)).toEqual([0, 1, 2]);
  });
});
