import { describe, expect, it } from 'vitest';
import { foldText, foldWithMap, originalRange } from '../../../utils/search/fold';
import { countTerms, MAX_WORD_LENGTH, scanRuns, tokenize, TOKENIZER_VERSION } from '../../../utils/search/tokenize';

describe('foldText', () => {
  it('lowercases and strips Latin diacritics', () => {
    expect(foldText('Café NAÏVE Zürich São')).toBe('cafe naive zurich sao');
    expect(foldText('İstanbul ẞ')).toBe('istanbul ß');
  });

  it('folds compatibility forms (full-width Latin and digits, half-width katakana)', () => {
    expect(foldText('ＡＢＣ１２３')).toBe('abc123');
    expect(foldText('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  it('keeps Hangul syllables and Japanese voiced kana intact', () => {
    expect(foldText('성동구가 データ が')).toBe('성동구가 データ が');
  });

  it('maps folded offsets back to the original text', () => {
    const text = 'Ｃａｆé au lait';
    const fold = foldWithMap(text);
    expect(fold.folded).toBe('cafe au lait');
    const at = fold.folded.indexOf('lait');
    expect(originalRange(fold, at, at + 4)).toEqual({ start: text.indexOf('lait'), end: text.length });
    // A decomposed é (e + U+0301) folds to one char; its range covers both original units.
    const decomposed = 'cafe\u0301!';
    const f2 = foldWithMap(decomposed);
    expect(f2.folded).toBe('cafe!');
    expect(originalRange(f2, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it('maps every folded offset to the character it came from, across length-changing folds', () => {
    const samples = ['“반도체…” 수출', 'ﬁnance ＡＢＣ — café', 'e\u0301e\u0301x', '経済。政策，市場、😀 Ｚürich…end', 'plain ascii'];
    for (const text of samples) {
      // Reference: fold code point by code point, recording the source of every output unit (unit
      // by unit where the length is kept, else the character's start).
      const source: number[] = [];
      let offset = 0;
      for (const ch of text) {
        const out = foldText(ch);
        for (let k = 0; k < out.length; k++) source.push(out.length === ch.length ? offset + k : offset);
        offset += ch.length;
      }
      const fold = foldWithMap(text);
      expect(fold.folded).toBe(foldText(text));
      expect(fold.folded.length).toBe(source.length);
      source.forEach((from, f) => expect(originalRange(fold, f, f).start).toBe(from));
      expect(originalRange(fold, fold.folded.length, fold.folded.length).start).toBe(text.length);
    }
    expect(foldWithMap('“반도체” 수출，市場').shifts).toBeNull();
    const ellipsis = foldWithMap('a… b');
    expect(ellipsis.folded).toBe('a... b');
    expect(originalRange(ellipsis, ellipsis.folded.indexOf('b'), ellipsis.folded.length)).toEqual({ start: 3, end: 4 });
  });
});

describe('tokenize', () => {
  it('has a version (bumping it triggers a rebuild)', () => {
    expect(TOKENIZER_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('keeps Latin and digit words whole, folded', () => {
    expect(tokenize('The Government’s COVID-19 plan, 2024: Café!')).toEqual(['the', 'government', 's', 'covid', '19', 'plan', '2024', 'cafe']);
  });

  it('splits Hangul runs into overlapping bigrams plus the run’s last character', () => {
    expect(tokenize('성동구가 일자리대상')).toEqual(['성동', '동구', '구가', '가', '일자', '자리', '리대', '대상', '상']);
  });

  it('indexes a one-character run as a unigram', () => {
    expect(tokenize('그 집')).toEqual(['그', '집']);
  });

  it('handles Japanese and Chinese runs without spaces, and script changes inside a word', () => {
    expect(tokenize('半導体データ')).toEqual(['半導', '導体', '体デ', 'デー', 'ータ', 'タ']);
    expect(tokenize('经济。政策')).toEqual(['经济', '济', '政策', '策']);
    expect(tokenize('K팝')).toEqual(['k', '팝']);
  });

  it('treats supplementary-plane ideographs as one character', () => {
    expect(tokenize('𠀀𠀁')).toEqual(['𠀀𠀁', '𠀁']);
  });

  it('cuts very long words so junk cannot bloat the term table', () => {
    const long = 'a'.repeat(100);
    expect(tokenize(long)).toEqual(['a'.repeat(MAX_WORD_LENGTH)]);
  });

  it('counts weighted term frequencies and length', () => {
    const counts = new Map<string, number>();
    const length = countTerms(foldText('rain rain 비'), counts, 3);
    expect(Object.fromEntries(counts)).toEqual({ rain: 6, 비: 3 });
    expect(length).toBe(9);
  });

  it('reports runs with their offsets in the folded text', () => {
    expect(scanRuns('ab 서울시, cd')).toEqual([
      { kind: 'word', text: 'ab', start: 0 },
      { kind: 'cjk', text: '서울시', start: 3 },
      { kind: 'word', text: 'cd', start: 8 },
    ]);
  });
});
