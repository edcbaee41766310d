import { hasNameWord, holdsStory, labelOf, linkShare, nameString, nameWords, storySize, textOf } from './dom-patterns';
import { removeAll } from './rule';

// The common shape of most clutter rules: find elements by class/id names (single words or patterns
// across words) or by their label ("Related stories", "관련기사", "関連記事"), check they are small
// enough to be a box and not the story, and remove them.

/** How one kind of box is recognised. */
export interface BoxPattern {
  /** Exact class/id words ("comments", "disqus"). */
  words?: ReadonlySet<string>;
  /** Pattern over the raw class+id string ("related-?posts", "author-?bio"). */
  names?: RegExp;
  /** Pattern over the box's label (first heading or leading text). */
  label?: RegExp;
  /** Elements considered for label matching (default: sections, asides, divs, lists). */
  labelSelector?: string;
  /** A labelled box must be at least this link-heavy (0..1) — e.g. related lists are mostly links. */
  minLinkShare?: number;
  /** Boxes with more text than this are not boxes (default 2000 characters). */
  maxChars?: number;
  /** Extra veto: return false to keep an element. */
  accept?: (el: Element) => boolean;
}

const DEFAULT_LABEL_SELECTOR = 'section, aside, div, ul, ol, dl, nav, footer, header, article, form, table';

/** Candidate elements for name matching: everything with a class or id. */
function named(doc: Document): Element[] {
  return [...doc.querySelectorAll('[class], [id], [data-component], [data-module], [data-area], [data-type], [data-testid]')];
}

/** Removes every element matching `pattern` (by name or by label) that is not the story. */
export function removeBoxes(doc: Document, pattern: BoxPattern): number {
  const total = storySize(doc);
  const maxChars = pattern.maxChars ?? 2000;
  const out: Element[] = [];
  const consider = (el: Element): void => {
    if (el === doc.body || el === doc.documentElement) return;
    if (textOf(el).length > maxChars) return;
    if (holdsStory(el, total)) return;
    if (pattern.accept && !pattern.accept(el)) return;
    out.push(el);
  };
  if (pattern.words || pattern.names) {
    for (const el of named(doc)) {
      const byWord = pattern.words ? hasNameWord(el, pattern.words) : false;
      const byName = !byWord && pattern.names ? pattern.names.test(nameString(el)) : false;
      if (byWord || byName) consider(el);
    }
  }
  if (pattern.label) {
    for (const el of doc.querySelectorAll(pattern.labelSelector ?? DEFAULT_LABEL_SELECTOR)) {
      if (!pattern.label.test(labelOf(el))) continue;
      if (pattern.minLinkShare !== undefined && linkShare(el) < pattern.minLinkShare) continue;
      consider(el);
    }
  }
  // Outer boxes first, so inner matches of a removed box are skipped by removeAll.
  return removeAll(out);
}

/** Class/id words of an element (re-exported for rules that need custom checks). */
export { nameWords };
