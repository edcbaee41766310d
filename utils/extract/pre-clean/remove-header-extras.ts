import { collapseSpace } from '../text';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// The block around the headline — kicker ("Opinion", "BREAKING NEWS"), standfirst/dek, byline,
// date, share row — is page furniture: the title and byline are metadata, the dek is the excerpt.
// The block is the largest ancestor of the headline that does not yet hold the story's paragraphs,
// so a subtitle placed inside the body container (as Korean CMSs do) is not touched.

const MEDIA = 'img, picture, video, figure, iframe, svg';

function headline(root: Element): Element | null {
  const candidates = [...root.querySelectorAll('h1')].filter((h) => {
    const text = collapseSpace(h.textContent ?? '');
    return text.length >= 8 && !h.closest('nav, footer, aside, [class*="logo" i]');
  });
  return candidates.find((h) => h.closest('article, main, [role="main"], [itemprop="articleBody"]')) ?? candidates[0] ?? null;
}

/**
 * True when `el` holds story text: 500+ characters of paragraphs (or 30% of a short page's), or
 * 1500+ characters of any text (<br>-separated bodies).
 */
function holdsParagraphs(ctx: ScanContext, el: Element): boolean {
  return ctx.paragraphChars(el) > Math.min(500, ctx.storyChars() * 0.3) || ctx.textLength(el) > 1500;
}

/** Removes everything but media and the headline from the headline's header block. */
export function removeHeaderExtras(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const h1 = headline(ctx.root);
  if (!h1) return 0;
  let block: Element = h1;
  for (let parent = h1.parentElement; parent && parent !== doc.body && parent !== ctx.root; parent = parent.parentElement) {
    if (holdsParagraphs(ctx, parent)) break;
    block = parent;
  }
  if (block === h1) return 0;
  const out: Element[] = [];
  for (let node: Element = h1; node !== block; ) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    for (const sibling of parent.children) {
      if (sibling === node || sibling.querySelector(MEDIA) || sibling.matches(MEDIA)) continue;
      // A standfirst is a sentence or two; more paragraph text than that is the story's opening.
      if (ctx.paragraphChars(sibling) > 400) continue;
      out.push(sibling);
    }
    node = parent;
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeHeaderExtrasRule: PreCleanRule = { name: 'remove-header-extras', apply: removeHeaderExtras };
