import { foldWithMap, originalRange, type FoldedText } from './fold';
import { findSpans } from './match';
import type { QueryTerm } from './query';

/** A highlighted range [start, end) in UTF-16 offsets of the string it belongs to. */
export interface HighlightRange {
  start: number;
  end: number;
}

/** A short passage of a clip with the query's matches marked (the UI renders the marks). */
export interface Snippet {
  text: string;
  highlights: HighlightRange[];
}

const ELLIPSIS = '…';
const SPANS_PER_TERM = 16;

interface TermSpan {
  start: number;
  end: number;
  term: number;
}

function collectSpans(folded: string, terms: readonly QueryTerm[]): TermSpan[] {
  const spans: TermSpan[] = [];
  terms.forEach((term, index) => {
    for (const s of findSpans(folded, term, SPANS_PER_TERM)) spans.push({ ...s, term: index });
  });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Merge overlapping ranges (sorted by start) so the UI never nests marks. */
function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  const out: HighlightRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Ranges of the original text where the terms match (e.g. for the title). */
export function highlightText(text: string, terms: readonly QueryTerm[]): HighlightRange[] {
  if (!text || terms.length === 0) return [];
  const fold = foldWithMap(text);
  return mergeRanges(collectSpans(fold.folded, terms).map((s) => originalRange(fold, s.start, s.end)));
}

/** The window [start, end) in folded offsets that shows the most distinct terms, earliest first. */
function bestWindow(spans: readonly TermSpan[], foldedLength: number, maxLength: number, termCount: number): [number, number] {
  const lead = Math.floor(maxLength / 4);
  let best: [number, number] = [0, Math.min(foldedLength, maxLength)];
  let bestScore = -1;
  for (const anchor of spans.slice(0, 48)) {
    const start = Math.max(0, Math.min(anchor.start - lead, foldedLength - maxLength));
    const end = Math.min(foldedLength, start + maxLength);
    const seen = new Set<number>();
    for (const s of spans) if (s.start >= start && s.end <= end) seen.add(s.term);
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = [start, end];
      if (bestScore === termCount) break; // the earliest window showing every term
    }
  }
  return best;
}

/**
 * A passage of about maxLength characters around the best cluster of matches (or the text's start),
 * whitespace collapsed, "…" where cut, with the matches' ranges in the returned text.
 */
export function makeSnippet(text: string, terms: readonly QueryTerm[], maxLength = 200, folded: FoldedText = foldWithMap(text)): Snippet {
  if (!text) return { text: '', highlights: [] };
  const fold = folded;
  const spans = terms.length > 0 ? collectSpans(fold.folded, terms) : [];
  const [ws, we] = bestWindow(spans, fold.folded.length, maxLength, terms.length);
  let start = originalRange(fold, ws, ws).start;
  let end = we >= fold.folded.length ? text.length : originalRange(fold, we, we).start;
  // Start at a word boundary when one is close, so the snippet does not open mid-word.
  if (start > 0) {
    const back = text.lastIndexOf(' ', start);
    if (back >= 0 && start - back <= 12) start = back + 1;
  }
  if (end < text.length) {
    const forward = text.indexOf(' ', end);
    if (forward >= 0 && forward - end <= 12) end = forward;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  // Collapse whitespace runs while recording where each original offset lands.
  const toSnippet = new Int32Array(end - start + 1);
  let out = prefix;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    toSnippet[i - start] = out.length;
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      if (!inSpace && out.length > prefix.length) out += ' ';
      inSpace = true;
    } else {
      out += ch;
      inSpace = false;
    }
  }
  toSnippet[end - start] = out.length;
  const trimmed = out.replace(/ $/, '');
  const highlights = mergeRanges(
    spans
      .filter((s) => s.start >= ws && s.end <= we)
      .map((s) => originalRange(fold, s.start, s.end))
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({
        start: toSnippet[r.start - start] ?? 0,
        end: Math.min(trimmed.length, toSnippet[r.end - start] ?? trimmed.length),
      })),
  );
  return { text: end < text.length ? trimmed + ELLIPSIS : trimmed, highlights };
}
