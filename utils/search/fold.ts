import { lastIndexWhere } from '../last-index-where';

/**
 * Case and diacritic folding shared by indexing, querying, verification and snippets.
 *
 * fold(c) = NFC(strip U+0300–U+036F (NFKD(c)).toLowerCase()), applied per code point so a position
 * in the folded text maps back to the original. Only the Latin-style combining marks are stripped:
 * Japanese voicing marks (U+3099) carry meaning and Hangul syllables recompose under NFC.
 */

/** Where folding changed a character's length (e.g. "…" → "...", "ﬁ" → "fi", a lone accent → ""). */
export interface FoldShift {
  /** Offset in the folded text where the character's output starts. */
  at: number;
  /** Offset of the character in the original text. */
  from: number;
  /** Length of its folded output. */
  len: number;
  /** Its length in the original text. */
  origLen: number;
}

/**
 * Folded text plus what maps its offsets back to the original: between shifts, offsets move one to
 * one. Null when no character changed length — the usual case, nothing to record.
 */
export interface FoldedText {
  folded: string;
  shifts: FoldShift[] | null;
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
  if (!NEEDS_SLOW_PATH.test(text)) return { folded: lowerFast(text), shifts: null };
  // Same computation as foldText; most rare characters fold to one unit ("é" → "e", "，" → ","),
  // so only the few that change length are recorded.
  const shifts: FoldShift[] = [];
  let delta = 0;
  const folded = text
    .replace(SLOW_CHARS, (ch: string, offset: number) => {
      const out = foldCodePoint(ch.codePointAt(0) ?? 0);
      if (out.length !== ch.length) {
        shifts.push({ at: offset + delta, from: offset, len: out.length, origLen: ch.length });
        delta += out.length - ch.length;
      }
      return out;
    })
    .toLowerCase();
  return { folded, shifts: shifts.length > 0 ? shifts : null };
}

/** Original offset of folded unit `f` (the original length for the folded length). */
function originalOffset(shifts: readonly FoldShift[], f: number): number {
  const found = lastIndexWhere(shifts.length, (i) => (shifts[i]?.at ?? 0) <= f);
  const s = shifts[found];
  if (!s) return f;
  if (f < s.at + s.len) return s.from;
  return s.from + s.origLen + (f - s.at - s.len);
}

/** Map a folded range [start, end) back to original UTF-16 offsets. */
export function originalRange(fold: FoldedText, start: number, end: number): { start: number; end: number } {
  if (!fold.shifts) return { start, end };
  const s = originalOffset(fold.shifts, start);
  // The end maps to the start of the next folded unit's source, so a char that folded to two units
  // (e.g. "ﬁ" → "fi") is covered whole.
  let e = originalOffset(fold.shifts, end);
  if (e <= s && end > start) e = s + 1;
  return { start: s, end: e };
}
