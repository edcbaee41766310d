import { holdsStory, labelOf, linkShare, nameTokenPattern, nameWordPattern, rawBound } from './dom-patterns';
import { removeAll } from './rule';
import type { ScanContext } from './scan-context';

// The common shape of most clutter rules: find elements by class/id names (single words or patterns
// across words) or by their label ("Related stories", "관련기사", "関連記事"), check they are small
// enough to be a box and not the story, and remove them.

/** How one kind of box is recognised. */
export interface BoxPattern {
  /** Exact class/id words ("comments", "disqus"). */
  words?: ReadonlySet<string>;
  /** Pattern over the lowercased class+id string ("related-?posts", "author-?bio"), matched on whole name tokens. */
  names?: RegExp;
  /**
   * Cheap first test (case-insensitive) over the names as written, before they are lowercased and split
   * at camelCase: fragments that every word and name pattern contains. Elements it rejects are not
   * looked at further.
   */
  hint?: RegExp;
  /** Pattern over the box's label (first heading or leading text). */
  label?: RegExp;
  /** Tag names (uppercase) considered for label matching (default: sections, asides, divs, lists…). */
  labelTags?: ReadonlySet<string>;
  /** A labelled box must be at least this link-heavy (0..1) — e.g. related lists are mostly links. */
  minLinkShare?: number;
  /**
   * Readability turns text-only divs into bare <p>s: a paragraph whose whole text matches the label
   * and is at most this long is such a box too (0: paragraphs are never label boxes).
   */
  paragraphLabelChars?: number;
  /** Boxes with more text than this are not boxes (default 2000 characters). */
  maxChars?: number;
  /** Extra veto: return false to keep an element. */
  accept?: (el: Element) => boolean;
}

const DEFAULT_LABEL_TAGS = new Set(['SECTION', 'ASIDE', 'DIV', 'UL', 'OL', 'DL', 'NAV', 'FOOTER', 'HEADER', 'ARTICLE', 'FORM', 'TABLE']);

/** Removes every element matching `pattern` (by name or by label) that is not the story. */
export function removeBoxes(ctx: ScanContext, pattern: BoxPattern): number {
  const maxChars = pattern.maxChars ?? 2000;
  const bound = rawBound(maxChars);
  const out: Element[] = [];
  const consider = (el: Element): void => {
    if (el === ctx.root || el.nodeName === 'BODY' || el.nodeName === 'HTML' || !ctx.attached(el)) return;
    if (ctx.textLength(el) > bound || ctx.text(el).length > maxChars) return;
    if (holdsStory(ctx, el)) return;
    if (pattern.accept && !pattern.accept(el)) return;
    out.push(el);
  };
  if (pattern.words || pattern.names) {
    const words = pattern.words ? nameWordPattern(pattern.words) : null;
    const names = pattern.names ? nameTokenPattern(pattern.names) : null;
    for (const el of ctx.named) {
      if (pattern.hint && !pattern.hint.test(ctx.rawNames(el))) continue;
      const written = ctx.names(el);
      if (!written) continue;
      if (words?.test(written) || names?.test(written)) consider(el);
    }
  }
  if (pattern.label) {
    const tags = pattern.labelTags ?? DEFAULT_LABEL_TAGS;
    const paragraphChars = pattern.paragraphLabelChars ?? 0;
    for (const el of ctx.elements) {
      const asParagraph = paragraphChars > 0 && el.nodeName === 'P';
      if (!(tags.has(el.nodeName) || asParagraph) || ctx.textLength(el) > bound || !ctx.attached(el)) continue;
      // The label first: it is short and rarely matches, while a paragraph's whole text is long.
      if (!pattern.label.test(labelOf(ctx, el))) continue;
      if (asParagraph && ctx.text(el).length > paragraphChars) continue;
      if (pattern.minLinkShare !== undefined && linkShare(el) < pattern.minLinkShare) continue;
      consider(el);
    }
  }
  // Outer boxes come first in document order, so inner matches of a removed box are skipped.
  return removeAll(ctx, out);
}
