import { describe, expect, it } from 'vitest';
import {
  BLOCK_CLIPS,
  blockOf,
  decodeRecord,
  encodeRecord,
  exactRange,
  lengthOfNorm,
  normOf,
  prefixRange,
  recordCount,
  recordKey,
  termOfRecordKey,
  updateRecord,
} from '../../../utils/search/postings';

describe('posting records', () => {
  it('round-trips postings, including large doc keys', () => {
    const block = blockOf(5_000_000);
    const base = block * BLOCK_CLIPS * 2;
    const postings = [
      { key: base + 1, tf: 1, norm: 10 },
      { key: base + 2, tf: 300, norm: 255 },
      { key: base + 4000, tf: 0, norm: 0 },
    ];
    const bytes = encodeRecord(block, postings);
    expect(recordCount(bytes)).toBe(3);
    expect(decodeRecord(bytes)).toEqual({ block, postings });
  });

  it('patches records: removes, replaces and adds postings in key order', () => {
    const start = encodeRecord(0, [
      { key: 2, tf: 1, norm: 1 },
      { key: 4, tf: 1, norm: 1 },
      { key: 6, tf: 1, norm: 1 },
    ]);
    const next = updateRecord(start, 0, new Set([4]), [3, 9, 9, 6, 2, 2, 3, 7, 7]);
    expect(next && decodeRecord(next).postings).toEqual([
      { key: 2, tf: 1, norm: 1 },
      { key: 3, tf: 7, norm: 7 }, // the later add for a key wins
      { key: 6, tf: 2, norm: 2 },
    ]);
    expect(updateRecord(start, 0, new Set([2, 4, 6]), [])).toBeUndefined();
  });

  it('keys sort by term then block, so a term or a prefix is one key range', () => {
    const keys = [recordKey('invest', 3), recordKey('invest', 0), recordKey('investor', 0), recordKey('inv', 9)].sort();
    expect(keys.map(termOfRecordKey)).toEqual(['inv', 'invest', 'invest', 'investor']);
    const exact = exactRange('invest');
    expect(keys.filter((k) => k >= exact.lower && k < exact.upper).map(termOfRecordKey)).toEqual(['invest', 'invest']);
    const prefix = prefixRange('inve');
    expect(keys.filter((k) => k >= prefix.lower && k < prefix.upper)).toHaveLength(3);
  });

  it('quantizes lengths to a byte within a few percent', () => {
    for (const length of [1, 10, 100, 1000, 50_000]) {
      expect(Math.abs(lengthOfNorm(normOf(length)) - length) / length).toBeLessThan(0.1);
    }
  });
});
