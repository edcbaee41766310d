import { describe, expect, it } from 'vitest';
import { collapseSpace, countChars, countWords, hasChars, isMostlyCjk } from '../../../utils/extract/text';

describe('text measures', () => {
  it('counts CJK fairly', () => {
    expect(countChars('서울 성동구\n수상')).toBe(7);
    expect(countWords('The council met.')).toBe(3);
    expect(countWords('東京都は真夏日')).toBe(7);
    expect(countWords('서울 성동구가 수상했다')).toBe(3);
    expect(isMostlyCjk('서울 성동구가 수상했다')).toBe(true);
    expect(isMostlyCjk('Seoul Seongdong-gu')).toBe(false);
    expect(collapseSpace('  a \u00a0 b\n')).toBe('a b');
  });

  it('tells whether a text reaches a number of characters without counting all of it', () => {
    expect(hasChars(' \n ')).toBe(false);
    expect(hasChars(' a ')).toBe(true);
    expect(hasChars('서울 성동구', 5)).toBe(true);
    expect(hasChars('서울 성동구', 6)).toBe(false);
  });
});
