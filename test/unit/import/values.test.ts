import { describe, expect, it } from 'vitest';
import { parseBoolCell, parseDateCell, parseTagCell, refuseUrl, uniqueTags } from '../../../utils/import/values';

describe('cell values', () => {
  it('reads odd dates: unix seconds and ms, ISO with and without zone, space-separated, +0100', () => {
    expect(parseDateCell('1577836800')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDateCell('1577836800000')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDateCell('2020-01-01')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDateCell('2020-01-01 9:05')).toBe(Date.UTC(2020, 0, 1, 9, 5));
    expect(parseDateCell('2021-03-04T10:20:30+0100')).toBe(Date.UTC(2021, 2, 4, 9, 20, 30));
    expect(parseDateCell('2023-05-01 12:34:56+00:00')).toBe(Date.UTC(2023, 4, 1, 12, 34, 56));
    expect(parseDateCell('')).toBeNull();
    expect(parseDateCell('0')).toBeNull();
    expect(parseDateCell('someday')).toBeNull();
  });

  it('reads 0/1, true/false and yes/no booleans', () => {
    expect([1, 0, '1', '0', 'true', 'FALSE', 'yes', '', undefined, true].map(parseBoolCell)).toEqual([
      true, false, true, false, true, false, true, false, false, true,
    ]);
  });

  it('reads tag lists in every shape and dedupes case-insensitively (NFC)', () => {
    expect(parseTagCell('a|b| a |', '|')).toEqual(['a', 'b']);
    expect(parseTagCell('["x","y, z"]')).toEqual(['x', 'y, z']);
    expect(parseTagCell("['ai', 'it\\'s']")).toEqual(['ai', "it's"]);
    expect(parseTagCell('[]')).toEqual([]);
    expect(uniqueTags(['Café', 'cafe\u0301', 'CAFÉ', '서울'])).toEqual(['Café', '서울']);
  });

  it('refuses javascript:, data:, place: and non-addresses', () => {
    expect(refuseUrl('https://example.com/')).toBeNull();
    expect(refuseUrl('javascript:alert(1)')).toMatch(/javascript:/);
    expect(refuseUrl(' data:text/html,x')).toMatch(/data:/);
    expect(refuseUrl('place:sort=8')).toMatch(/place:/);
    expect(refuseUrl('not a url')).toMatch(/not a web address/);
  });
});
