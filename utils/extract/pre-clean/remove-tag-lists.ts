import { removeBoxes } from './remove-boxes';
import { holdsStory, linkShare, rawBound } from './dom-patterns';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Tag and topic lists ("Tags: …", "태그", "タグ", "标签", "Schlagworte", "Mots-clés"); the page's
// keywords come from its metadata instead.

const WORDS = new Set(['tags', 'tag', 'taglist', 'tagcloud', 'keywords', 'keyword', 'topics', 'topic', 'hashtag', 'hashtags']);
const NAMES = /tag-?(?:list|cloud|box|area|wrap|links)|post-?tags|entry-?tags|article-?tags|news-?tags|keyword-?(?:list|box|area)|topic-?(?:list|tags)/;
const LABEL = /^(?:tags?|topics?|keywords?|related topics|filed under|schlagworte|stichwörter|themen|mots-clés|sujets|tag|태그|키워드|관련\s*태그|タグ|キーワード|标签|標籤|关键词|關鍵字)\s*[:：]?/iu;

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /tag|keyword|topic/i;

/**
 * Boxes holding two or more `rel="tag"` links (the rel-tag microformat that blogging platforms put
 * on tag links), mostly links and short: a tag list whatever its box is called.
 */
function relTagBoxes(ctx: ScanContext): Element[] {
  const links = new Map<Element, number>();
  for (const a of ctx.root.querySelectorAll('a[rel~="tag" i]')) {
    const box = a.parentElement;
    if (box) links.set(box, (links.get(box) ?? 0) + 1);
  }
  return [...links]
    .filter(([box, n]) => n >= 2 && box !== ctx.root && ctx.textLength(box) <= rawBound(600) && linkShare(box) >= 0.5 && !holdsStory(ctx, box))
    .map(([box]) => box);
}

/** Removes tag/topic/keyword lists (link-heavy, short). */
export function removeTagLists(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  return removeBoxes(ctx, { words: WORDS, hint: HINT, names: NAMES, label: LABEL, minLinkShare: 0.4, maxChars: 600 }) + removeAll(ctx, relTagBoxes(ctx));
}

/** The named rule. */
export const removeTagListsRule: PreCleanRule = { name: 'remove-tag-lists', apply: removeTagLists };
