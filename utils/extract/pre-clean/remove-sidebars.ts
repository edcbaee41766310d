import { holdsStory } from './dom-patterns';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Sidebars and rails beside the story (asides outside the article, role=complementary, "sidebar",
// "right-rail" columns). Readability drops most of them itself, but only after scoring every node
// in them; taking them out first keeps its work — the costliest stage — proportional to the story.

const NAMES = /(?:^|[\s_-])(?:sidebar|side-bar|sidebar-?\w*|rail|right-?rail|left-?rail|right-?col(?:umn)?|aside|widget-?area|secondary|sub-?content)(?:$|[\s_-])/i;

/** Removes sidebars and rails outside the article container. */
export function removeSidebars(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const out: Element[] = [];
  // <br>-separated bodies have no paragraphs: guard by text share too.
  const pageText = ctx.textLength(ctx.root);
  const consider = (el: Element): void => {
    if (el === ctx.root || el.nodeName === 'BODY' || el.nodeName === 'MAIN' || el.nodeName === 'ARTICLE') return;
    // Boxes inside the story (fact boxes, pull quotes) are for later rules to judge.
    if (el.parentElement?.closest('article, [itemprop="articleBody"]')) return;
    if (!holdsStory(ctx, el) && ctx.textLength(el) < 0.3 * pageText) out.push(el);
  };
  for (const el of ctx.root.querySelectorAll('aside, [role="complementary"]')) consider(el);
  for (const el of ctx.named) if (NAMES.test(ctx.names(el))) consider(el);
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeSidebarsRule: PreCleanRule = { name: 'remove-sidebars', apply: removeSidebars };
