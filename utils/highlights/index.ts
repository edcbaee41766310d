/**
 * Highlights: W3C Web Annotation selectors (TextQuoteSelector + TextPositionSelector, code points)
 * into a clip's normalized text, fuzzy re-anchoring (approx-string-match, as Hypothesis does),
 * drawing into the reader's DOM.
 */
export * from './types';
export { CodePointIndex } from './code-points';
export { normalizeText } from './normalize';
export { describeRange } from './describe-range';
export { matchQuote, type QuoteMatch } from './match-quote';
export { reanchorTarget, type Reanchored } from './reanchor';
export { buildTextMap, segmentsOf, rangeToOffsets, type TextMap } from './text-map';
export { drawHighlights, highlightHtml, type DrawResult } from './draw-highlights';
export { targetFromSelection } from './target-from-selection';
