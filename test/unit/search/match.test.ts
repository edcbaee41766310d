import { describe, expect, it } from 'vitest';
import { FIELD_SEPARATOR } from '../../../utils/search/char-class';
import { foldText } from '../../../utils/search/fold';
import { findSpans, termMatches } from '../../../utils/search/match';
import { parseQuery } from '../../../utils/search/query';

const term = (q: string) => {
  const t = parseQuery(q).terms[0];
  if (!t) throw new Error(`no term in ${q}`);
  return t;
};
const matches = (text: string, q: string) => termMatches(foldText(text), term(q));

describe('term matching (the verification semantics)', () => {
  it('finds Korean stems behind particles and CJK words inside compounds', () => {
    expect(matches('서울 성동구가 발표했다', '성동구 ')).toBe(true);
    expect(matches('성동구는', '성동구 ')).toBe(true);
    expect(matches('10년 연속 일자리대상 수상', '일자리 ')).toBe(true);
    expect(matches('일자리대상', '대상 ')).toBe(true);
    expect(matches('半導体産業', '導体 ')).toBe(true);
  });

  it('does not accept bigrams that are present but not adjacent', () => {
    // 성동 and 동구 both occur, 성동구 does not.
    expect(matches('성동 지역과 동구 지역', '성동구 ')).toBe(false);
  });

  it('matches Latin words whole after folding', () => {
    expect(matches('A café in Zürich.', 'cafe ')).toBe(true);
    expect(matches('CAFÉS everywhere', 'cafe ')).toBe(false);
    expect(matches('investment', 'invest ')).toBe(false);
    expect(matches('reinvest', 'invest ')).toBe(false);
  });

  it('matches the word being typed as a prefix, only at word starts', () => {
    expect(matches('new investment', 'invest')).toBe(true);
    expect(matches('reinvestment', 'invest')).toBe(false);
  });

  it('treats a script change as a word boundary', () => {
    expect(matches('삼성SDI는 밝혔다', '삼성sdi ')).toBe(true);
    expect(matches('K팝스타', 'k팝 ')).toBe(true);
    expect(matches('sdi는', 'sdi ')).toBe(true);
  });

  it('matches phrases across any separators but never across fields', () => {
    expect(matches('Climate—change is here', '"climate change"')).toBe(true);
    expect(matches('climate, change', '"climate change"')).toBe(true);
    expect(matches('climatechange', '"climate change"')).toBe(false);
    expect(matches(`about climate${FIELD_SEPARATOR}change`, '"climate change"')).toBe(false);
    expect(matches('서울 시청', '"서울 시청"')).toBe(true);
    expect(matches('서울시청', '"서울 시청"')).toBe(false);
  });

  it('needs a separator between two words of a compound token', () => {
    expect(matches('COVID-19 cases', 'covid-19 ')).toBe(true);
    expect(matches('covid19 cases', 'covid-19 ')).toBe(false);
  });

  it('returns spans; prefix spans cover the whole word', () => {
    const folded = foldText('Invest in investors');
    expect(findSpans(folded, term('invest'))).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 19 },
    ]);
  });
});
