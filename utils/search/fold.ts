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
  /**
   * map[i] = original index of folded[i]; map[folded.length] = original length. Null when folding
   * was 1:1 (ASCII, Hangul, kana and common ideographs only) — the usual case, no map to build.
   */
  map: Int32Array | null;
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

const UPPER_ASCII = /[A-Z]/;

/** ASCII-lowercase a string of fast characters; skipping the copy when there is nothing to lower is 3× faster on CJK text. */
function lowerFast(text: string): string {
  return UPPER_ASCII.test(text) ? text.toLowerCase() : text;
}

/** Fold text for matching (no position map; same output as foldWithMap). */
export function foldText(text: string): string {
  if (!NEEDS_SLOW_PATH.test(text)) return lowerFast(text);
  // Only the rare characters need normalizing; they come out lowercase, so lowercasing the whole
  // string afterwards only touches ASCII.
  return text.replace(SLOW_CHARS, (ch) => foldCodePoint(ch.codePointAt(0) ?? 0)).toLowerCase();
}

/** Fold text and keep the mapping back to original positions (for highlight ranges). */
export function foldWithMap(text: string): FoldedText {
  const n = text.length;
  if (!NEEDS_SLOW_PATH.test(text)) return { folded: lowerFast(text), map: null };
  // Stretches of fast characters fold 1:1 (lowercasing ASCII), so only the rare characters between
  // them are folded one by one; the map is filled stretch by stretch.
  const chunks: string[] = [];
  let map = new Int32Array(n + 1);
  let out = 0;
  let last = 0;
  const put = (folded: string, source: number): void => {
    if (out + folded.length + 1 > map.length) {
      const bigger = new Int32Array((out + folded.length + 1) * 2);
      bigger.set(map.subarray(0, out));
      map = bigger;
    }
    for (let k = 0; k < folded.length; k++) map[out++] = source;
  };
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    chunks.push(text.slice(from, to).toLowerCase());
    if (out + (to - from) + 1 > map.length) {
      const bigger = new Int32Array((out + (to - from) + 1) * 2);
      bigger.set(map.subarray(0, out));
      map = bigger;
    }
    for (let i = from; i < to; i++) map[out++] = i;
  };
  for (const m of text.matchAll(SLOW_CHARS)) {
    const at = m.index ?? 0;
    copy(last, at);
    const folded = foldCodePoint(m[0].codePointAt(0) ?? 0);
    chunks.push(folded);
    put(folded, at);
    last = at + m[0].length;
  }
  copy(last, n);
  const folded = chunks.join('');
  if (out + 1 > map.length) {
    const bigger = new Int32Array(out + 1);
    bigger.set(map.subarray(0, out));
    map = bigger;
  }
  map[out] = n;
  return { folded, map: map.subarray(0, out + 1) };
}

/** Map a folded range [start, end) back to original UTF-16 offsets. */
export function originalRange(fold: FoldedText, start: number, end: number): { start: number; end: number } {
  if (!fold.map) return { start, end };
  const s = fold.map[start] ?? 0;
  // The end maps to the start of the next folded unit's source, so a char that folded to two units
  // (e.g. "ﬁ" → "fi") is covered whole.
  let e = fold.map[end] ?? fold.map[fold.map.length - 1] ?? 0;
  if (e <= s && end > start) e = s + 1;
  return { start: s, end: e };
}
