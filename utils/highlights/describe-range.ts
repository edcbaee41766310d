import { CodePointIndex, firstCodePoints, lastCodePoints } from './code-points';
import { CONTEXT_LENGTH, type HighlightTarget } from './types';

/**
 * Selectors for the UTF-16 range [start, end) of normalized `text`: the quote with its context and
 * the position, both counted in code points. Pass `index` when describing many ranges of one text.
 */
export function describeRange(text: string, start: number, end: number, index = new CodePointIndex(text)): HighlightTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: lastCodePoints(text.slice(Math.max(0, start - CONTEXT_LENGTH * 2), start), CONTEXT_LENGTH),
      suffix: firstCodePoints(text.slice(end, end + CONTEXT_LENGTH * 2), CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: index.toCodePoint(start), end: index.toCodePoint(end) },
  };
}
