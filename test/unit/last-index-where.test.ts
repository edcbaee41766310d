import { describe, expect, it } from 'vitest';
import { lastIndexWhere } from '../../utils/last-index-where';

describe('lastIndexWhere', () => {
  it('finds the end of the true prefix, or -1', () => {
    const values = [1, 3, 5, 7, 9];
    expect(lastIndexWhere(values.length, (i) => (values[i] ?? 0) <= 6)).toBe(2);
    expect(lastIndexWhere(values.length, (i) => (values[i] ?? 0) <= 0)).toBe(-1);
    expect(lastIndexWhere(values.length, (i) => (values[i] ?? 0) <= 9)).toBe(4);
    expect(lastIndexWhere(0, () => true)).toBe(-1);
  });
});
