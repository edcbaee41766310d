// Text measures shared by stages. CJK scripts write words without spaces, so "words" are counted as
// whitespace-separated runs for alphabetic text plus one per Han/kana character, and sizes use
// characters. The counters walk character codes: they run on whole articles, where regex matches
// that build arrays of every character were a visible share of the pipeline's time.

/** Collapses runs of whitespace (including NBSP) to single spaces and trims. */
export function collapseSpace(text: string): string {
  // No `u` flag: every character in the class is in the BMP, and the non-Unicode regex is faster.
  return text.replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim();
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200b || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x202f || code === 0x205f;
}

/** Han or kana (each character is a word). */
function isHanKana(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Hangul syllables and jamo. */
function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f);
}

/** Characters excluding whitespace: the fair size measure for CJK and alphabetic text alike. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** True when `text` has at least `min` characters besides whitespace (counting stops there: long texts are not walked to the end). */
export function hasChars(text: string, min = 1): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i)) && ++n >= min) return true;
  return min <= 0;
}

/** Number of CJK (Han, kana, Hangul, half-width kana) characters in `text`. */
export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHanKana(c) || isHangul(c) || (c >= 0xff66 && c <= 0xff9f)) n++;
  }
  return n;
}

/** Punctuation blocks outside ASCII: general punctuation, CJK symbols, full-width forms. */
function isWidePunctuation(code: number): boolean {
  return (code >= 0x2010 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20) || code === 0xb7 || code === 0xab || code === 0xbb;
}

/** Words for alphabetic scripts; each Han/kana character counts as a word, Hangul words by spaces. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHanKana(c)) {
      words++;
      inWord = false;
    } else if (isSpace(c)) {
      inWord = false;
    } else if (c < 128) {
      const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (wordChar) {
        if (!inWord) words++;
        inWord = true;
      } else if (c !== 39 && c !== 46 && c !== 95 && c !== 45) {
        // Apostrophes, dots, underscores and hyphens join a word ("don't", "3.5", "e-mail").
        inWord = false;
      }
    } else if (isWidePunctuation(c)) {
      inWord = false;
    } else {
      if (!inWord) words++;
      inWord = true;
    }
  }
  return words;
}

/** True when more than a fifth of the letters are CJK (thresholds then count characters, not words). */
export function isMostlyCjk(text: string): boolean {
  let letters = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHanKana(c) || isHangul(c) || (c >= 0xff66 && c <= 0xff9f)) {
      cjk++;
      letters++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f)) {
      letters++;
    }
  }
  return letters > 0 && cjk / letters > 0.2;
}

/**
 * A sample of the page's running text for language/script decisions: title, headline and the
 * first paragraphs (up to `max` characters). Cheaper than the whole body's text on large pages.
 */
export function textSample(doc: Document, max = 4000): string {
  let sample = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`;
  for (const p of doc.getElementsByTagName('p')) {
    sample += ` ${p.textContent ?? ''}`;
    if (sample.length >= max) return sample.slice(0, max);
  }
  // Pages without paragraphs (<br>-separated text): fall back to the body's text.
  if (sample.length < 400) sample += ` ${(doc.body?.textContent ?? '').slice(0, max)}`;
  return sample.slice(0, max);
}
