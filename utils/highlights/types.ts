/** Colours a highlight can have (a fixed list: the colour reaches the DOM only as a class name). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** W3C Web Annotation TextQuoteSelector; prefix/suffix are up to CONTEXT_LENGTH code points. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: code-point offsets into the clip's normalized text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors of one highlight: the quote is the truth, the position a hint. */
export interface HighlightTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A highlight as stored in the library. */
export interface Highlight extends HighlightTarget {
  id: number;
  clipId: number;
  color: HighlightColor;
  note: string;
  /** True when the quote could no longer be found in the clip's text (kept, shown as orphaned). */
  orphaned: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** Whether a value is one of the highlight colours. */
export function isHighlightColor(value: string): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}
