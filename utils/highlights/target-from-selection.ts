import { CodePointIndex } from './code-points';
import { describeRange } from './describe-range';
import { matchQuote } from './match-quote';
import { normalizeText } from './normalize';
import { buildTextMap, rangeToOffsets } from './text-map';
import type { HighlightTarget } from './types';

/**
 * Selectors for a selection in the reader: the quote and context come from the rendered article
 * (`root`), the position from where that quote sits in the clip's stored text, so the highlight
 * re-anchors without a DOM (background re-clip). Null when the range holds no text.
 */
export function targetFromSelection(root: Node, range: Range, clipText: string): HighlightTarget | null {
  const map = buildTextMap(root);
  const offsets = rangeToOffsets(map, range);
  if (!offsets) return null;
  const fromDom = describeRange(map.text, offsets.start, offsets.end);
  const text = normalizeText(clipText);
  const index = new CodePointIndex(text);
  const domIndex = new CodePointIndex(map.text);
  // Scale the DOM position into the stored text as a hint: the two differ only near captions.
  const hintCp = Math.round((domIndex.toCodePoint(offsets.start) / Math.max(1, domIndex.length)) * index.length);
  const match = matchQuote(text, fromDom.quote, index.toCodeUnit(hintCp));
  if (!match) return fromDom; // text only in the reader (a caption): anchored by its quote alone
  return describeRange(text, match.start, match.end, index);
}
