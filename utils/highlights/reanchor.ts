import { CodePointIndex } from './code-points';
import { describeRange } from './describe-range';
import { matchQuote } from './match-quote';
import type { HighlightTarget } from './types';

/** Result of anchoring a target in a (possibly changed) text. */
export type Reanchored = { orphaned: false; target: HighlightTarget; exact: boolean } | { orphaned: true };

/**
 * Anchor a highlight's selectors in normalized `text`: on success the selectors are rewritten to
 * describe where it is now (so the next re-clip starts from there); on failure it is an orphan and
 * the caller keeps its old selectors.
 */
export function reanchorTarget(text: string, target: HighlightTarget, index = new CodePointIndex(text)): Reanchored {
  const hint = index.toCodeUnit(target.position.start);
  const match = matchQuote(text, target.quote, hint);
  if (!match) return { orphaned: true };
  return { orphaned: false, exact: match.exact, target: describeRange(text, match.start, match.end, index) };
}
