/**
 * Case and diacritic folding shared by indexing, querying, verification and snippets.
 *
 * fold(c) = NFC(strip U+0300–U+036F (NFKD(c)).toLowerCase()), applied per code point so a position
 * in the folded text maps back to the original. Only the Latin-style combining marks are stripped:
 * Japanese voicing marks (U+3099) carry meaning and Hangul syllables recompose under NFC.
 */

/** Folded text plus, for each folded UTF-16 unit, the index of the original unit it came from. */
export interface FoldedText {
  folded: string;
  /** map[i] = original index of folded[i]; map[folded.length] = original length. */
  map: Int32Array;
}

const COMBINING = /[\u0300-\u036f]/g;
// Characters that fold to themselves (or to a fixed ASCII lowercase) skip normalization.
const NEEDS_SLOW_PATH = /[^\u0000-\u007f\uac00-\ud7a3\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]/;
const SLOW_CHARS = /[^\u0000-\u007f\uac00-\ud7a3\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]/gu;
const cache = new Map<number, string>();

function foldCodePoint(cp: number): string {
  let out = cache.get(cp);
  if (out === undefined) {
    out = String.fromCodePoint(cp).normalize('NFKD').toLowerCase().replace(COMBINING, '').normalize('NFC');
    if (cache.size < 20_000) cache.set(cp, out);
  }
  return out;
}

/** Fold text for matching (no position map; same output as foldWithMap). */
export function foldText(text: string): string {
  if (!NEEDS_SLOW_PATH.test(text)) return text.toLowerCase();
  // Only the rare characters need normalizing; they come out lowercase, so lowercasing the whole
  // string afterwards only touches ASCII.
  return text.replace(SLOW_CHARS, (ch) => foldCodePoint(ch.codePointAt(0) ?? 0)).toLowerCase();
}

/** Fold text and keep the mapping back to original positions (for highlight ranges). */
export function foldWithMap(text: string): FoldedText {
  const n = text.length;
  if (!NEEDS_SLOW_PATH.test(text)) {
    // ASCII lowercasing and the fast CJK ranges are 1:1 in UTF-16 units.
    const map = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) map[i] = i;
    return { folded: text.toLowerCase(), map };
  }
  const parts: string[] = [];
  const positions: number[] = [];
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      parts.push(unit >= 0x41 && unit <= 0x5a ? String.fromCharCode(unit + 32) : text[i] ?? '');
      positions.push(i);
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    const isFast =
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0x3041 && cp <= 0x3096) ||
      (cp >= 0x30a1 && cp <= 0x30fa) ||
      cp === 0x30fc;
    const out = isFast ? text.slice(i, i + width) : foldCodePoint(cp);
    parts.push(out);
    for (let k = 0; k < out.length; k++) positions.push(i);
    i += width;
  }
  const folded = parts.join('');
  const map = new Int32Array(folded.length + 1);
  for (let k = 0; k < positions.length; k++) map[k] = positions[k] ?? n;
  map[folded.length] = n;
  return { folded, map };
}

/** Map a folded range [start, end) back to original UTF-16 offsets. */
export function originalRange(fold: FoldedText, start: number, end: number): { start: number; end: number } {
  const s = fold.map[start] ?? 0;
  // The end maps to the start of the next folded unit's source, so a char that folded to two units
  // (e.g. "ﬁ" → "fi") is covered whole.
  let e = fold.map[end] ?? fold.map[fold.map.length - 1] ?? 0;
  if (e <= s && end > start) e = s + 1;
  return { start: s, end: e };
}
