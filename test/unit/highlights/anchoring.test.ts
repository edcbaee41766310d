import { describe, expect, it } from 'vitest';
import { CodePointIndex, describeRange, matchQuote, normalizeText, reanchorTarget } from '../../../utils/highlights';

const TEXTS = {
  en: 'The city council voted on Tuesday to expand the bus network. Critics said the plan ignores the suburbs, where most commuters live.',
  ko: '서울시는 화요일 버스 노선을 확대하기로 의결했다. 비판론자들은 통근자 대부분이 사는 외곽 지역을 계획이 외면한다고 말했다.',
  ja: '市議会は火曜日、バス路線網の拡大を可決した。批判派は、通勤者の大半が住む郊外を計画が無視していると述べた。',
  zh: '市议会周二投票决定扩大公交网络。批评者说，该计划忽视了大多数通勤者居住的郊区。',
};
const QUOTES = { en: 'expand the bus network', ko: '버스 노선을 확대하기로', ja: 'バス路線網の拡大', zh: '扩大公交网络' };

describe('selectors round-trip', () => {
  for (const lang of ['en', 'ko', 'ja', 'zh'] as const) {
    it(`describes and finds a ${lang} quote`, () => {
      const text = TEXTS[lang];
      const start = text.indexOf(QUOTES[lang]);
      const target = describeRange(text, start, start + QUOTES[lang].length);
      expect(target.quote.exact).toBe(QUOTES[lang]);
      expect(target.quote.prefix).toBe(text.slice(Math.max(0, start - 32), start));
      expect(Array.from(target.quote.suffix).length).toBeLessThanOrEqual(32);
      expect(target.position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTES[lang].length });
      const found = reanchorTarget(text, target);
      expect(found).toEqual({ orphaned: false, exact: true, target });
    });
  }

  it('counts positions and context in code points, not UTF-16 units', () => {
    const text = '𠮷野家 😀 emoji 𩸽 と 中文 “扩大公交网络” ok';
    const start = text.indexOf('扩大');
    const target = describeRange(text, start, start + 6);
    expect(target.position.start).toBe(Array.from(text.slice(0, start)).length);
    expect(target.position.start).toBeLessThan(start);
    expect(target.quote.prefix).toBe(text.slice(0, start));
    const index = new CodePointIndex(text);
    expect(index.toCodeUnit(target.position.start)).toBe(start);
    expect(index.toCodePoint(start)).toBe(target.position.start);
    // A context cut never splits a surrogate pair.
    const long = `${'😀'.repeat(40)}target${'𩸽'.repeat(40)}`;
    const t = describeRange(long, 80, 86);
    expect(t.quote.prefix).toBe('😀'.repeat(32));
    expect(t.quote.suffix).toBe('𩸽'.repeat(32));
  });

  it('picks the occurrence the context points to when the quote repeats', () => {
    const text = 'alpha beta gamma. delta beta epsilon. zeta beta eta.';
    const second = text.indexOf('beta', 10);
    const target = describeRange(text, second, second + 4);
    const found = matchQuote(text, target.quote);
    expect(found?.start).toBe(second);
    // Without the position hint, after text was inserted before it, context still decides.
    const edited = `Intro. ${text}`;
    expect(matchQuote(edited, target.quote)?.start).toBe(second + 7);
  });
});

describe('re-anchoring after edits', () => {
  const base = normalizeText(`${TEXTS.en}\n\n${TEXTS.ko}\n\n${TEXTS.ja}\n\n${TEXTS.zh}`);
  const targets = (['en', 'ko', 'ja', 'zh'] as const).map((lang) => {
    const start = base.indexOf(QUOTES[lang]);
    return describeRange(base, start, start + QUOTES[lang].length);
  });

  const expectFound = (edited: string, expected: string[]) => {
    targets.forEach((target, i) => {
      const result = reanchorTarget(edited, target);
      expect(result.orphaned, `quote ${i}`).toBe(false);
      if (result.orphaned) return;
      expect(result.target.quote.exact).toBe(expected[i]);
      const index = new CodePointIndex(edited);
      expect(edited.slice(index.toCodeUnit(result.target.position.start), index.toCodeUnit(result.target.position.end))).toBe(expected[i]);
    });
  };

  it('follows text inserted before the quotes', () => {
    expectFound(`Updated at 10:30. A correction was appended. ${base.replace('Critics', 'Some critics')}`, Object.values(QUOTES));
  });

  it('follows deletions elsewhere', () => {
    expectFound(base.replace('on Tuesday ', '').replace('비판론자들은 ', ''), Object.values(QUOTES));
  });

  it('survives whitespace edits once normalized', () => {
    expectFound(normalizeText(base.replace(/ /g, '  \n').replace(/。/g, '。\n\n')), [
      'expand  the  bus  network',
      '버스  노선을  확대하기로',
      'バス路線網の拡大',
      '扩大公交网络',
    ].map(normalizeText));
  });

  it('finds a quote that was itself edited, fuzzily', () => {
    const edited = base.replace('expand the bus network', 'expand the city bus network').replace('버스 노선을 확대하기로', '버스 노선을 크게 확대하기로');
    const en = reanchorTarget(edited, targets[0] ?? targets[1]!);
    expect(en.orphaned).toBe(false);
    if (!en.orphaned) {
      expect(en.exact).toBe(false);
      expect(en.target.quote.exact).toContain('bus network');
    }
    const ko = reanchorTarget(edited, targets[1]!);
    expect(ko.orphaned).toBe(false);
    if (!ko.orphaned) expect(ko.target.quote.exact).toContain('확대하기로');
  });

  it('orphans a highlight whose passage was removed, and keeps the others', () => {
    const edited = base.replace(TEXTS.en.slice(0, TEXTS.en.indexOf('Critics')), '');
    expect(reanchorTarget(edited, targets[0]!)).toEqual({ orphaned: true });
    expect(reanchorTarget(edited, targets[2]!).orphaned).toBe(false);
    expect(reanchorTarget('', targets[0]!)).toEqual({ orphaned: true });
    expect(reanchorTarget('An entirely different article about weather.', targets[0]!)).toEqual({ orphaned: true });
  });

  it('does not fuzzily match short quotes', () => {
    const target = describeRange('the cat sat', 4, 7);
    expect(reanchorTarget('the cap sat', target)).toEqual({ orphaned: true });
  });
});
