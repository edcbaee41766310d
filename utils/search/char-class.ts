/** Separator: anything that is neither part of a word nor a CJK run. */
export const SEP = 0;
/** A letter, digit or mark of a script written with spaces (Latin, Cyrillic, Greek, …). */
export const WORD = 1;
/** Hangul, Han or Kana: scripts written without spaces, indexed as character bigrams. */
export const CJK = 2;

export type CharClass = typeof SEP | typeof WORD | typeof CJK;

/** Separates indexed fields in the searchable text so phrases never span two fields. */
export const FIELD_SEPARATOR = '\n\u0003\n';

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
// 255 = not yet classified; classifying the BMP lazily keeps start-up free and lookups O(1).
const bmp = new Uint8Array(0x10000).fill(255);

function isCjkCodePoint(cp: number): boolean {
  return (
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul syllables
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0x3041 && cp <= 0x309f) || // Hiragana (incl. voicing marks)
    (cp >= 0x30a1 && cp <= 0x30fa) || // Katakana letters
    cp === 0x30fc || // prolonged sound mark (Script=Common, but part of Katakana words)
    (cp >= 0x30fd && cp <= 0x30ff) ||
    (cp >= 0x3005 && cp <= 0x3007) || // 々 〆 〇
    (cp >= 0x3400 && cp <= 0x4dbf) || // extension A
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul jamo
    (cp >= 0x3131 && cp <= 0x318e) || // Hangul compatibility jamo
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff) ||
    (cp >= 0x31f0 && cp <= 0x31ff) || // Katakana phonetic extensions
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0x20000 && cp <= 0x3ffff) // supplementary ideographs
  );
}

function classify(cp: number): CharClass {
  if (isCjkCodePoint(cp)) return CJK;
  return WORD_RE.test(String.fromCodePoint(cp)) ? WORD : SEP;
}

/** The class of one code point (the tokenizer and the matcher must agree, so both use this). */
export function classOf(cp: number): CharClass {
  if (cp < 0x80) {
    // ASCII fast path: digits and letters are words, everything else separates.
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? WORD : SEP;
  }
  if (cp > 0xffff) return classify(cp);
  let c = bmp[cp] ?? 255;
  if (c === 255) {
    c = classify(cp);
    bmp[cp] = c;
  }
  return c === WORD ? WORD : c === CJK ? CJK : SEP;
}

/** Code point starting at index i (a lone surrogate is returned as itself). */
export function codePointAt(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}

/** The class of the code point that ends just before index i (SEP at the start). */
export function classBefore(s: string, i: number): CharClass {
  if (i <= 0) return SEP;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classOf(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return classOf(low);
}

/** The class of the code point starting at index i (SEP past the end). */
export function classAt(s: string, i: number): CharClass {
  return i >= s.length ? SEP : classOf(codePointAt(s, i));
}
