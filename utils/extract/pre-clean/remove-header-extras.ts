import { collapseSpace } from '../text';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// The block around the headline — kicker ("Opinion", "BREAKING NEWS"), standfirst/dek, byline,
// date, share row — is page furniture: the title and byline are metadata, the dek is the excerpt.
// The block is the largest ancestor of the headline that does not yet hold the story's paragraphs,
// so a subtitle placed inside the body container (as Korean CMSs do) is not touched.

const MEDIA = 'img, picture, video, figure, iframe, svg';

function key(text: string): string {
  return collapseSpace(text).replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/**
 * The headline element: the h1 showing the title, else the main h1, else (pages without any h1,
 * such as Chinese portals' `div.h-title`) the innermost element whose text is the title.
 */
export function headline(root: Element, title: string | null): Element | null {
  const titleKey = title ? key(title) : '';
  const h1s = [...root.querySelectorAll('h1')].filter((h) => {
    const text = collapseSpace(h.textContent ?? '');
    return text.length >= 8 && !h.closest('nav, footer, aside, [class*="logo" i]');
  });
  const byTitle = titleKey ? h1s.find((h) => key(h.textContent ?? '') === titleKey) : undefined;
  if (byTitle) return byTitle;
  const main = h1s.find((h) => h.closest('article, main, [role="main"], [itemprop="articleBody"]')) ?? h1s[0];
  if (main || titleKey.length < 6) return main ?? null;
  for (const el of root.querySelectorAll('h2, h3, div, p, strong, span')) {
    if (el.childElementCount > 3 || el.closest('nav, footer, aside, a, li')) continue;
    if (key(el.textContent ?? '') === titleKey && !el.querySelector('h2, h3, div, p')) return el;
  }
  return null;
}

/** True when `el` holds story text: 500+ characters of paragraphs, or 1500+ of any text (<br> bodies). */
function holdsParagraphs(ctx: ScanContext, el: Element): boolean {
  return ctx.paragraphChars(el) > 500 || ctx.textLength(el) > 1500;
}

/** Removes everything but media and the headline from the headline's header block. */
export function removeHeaderExtras(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const h1 = headline(ctx.root, ctx.title);
  if (!h1) return 0;
  let block: Element = h1;
  for (let parent = h1.parentElement; parent && parent !== doc.body && parent !== ctx.root; parent = parent.parentElement) {
    if (holdsParagraphs(ctx, parent)) break;
    block = parent;
  }
  if (block === h1) return 0;
  // A block that holds most of the page's paragraphs is the whole (short) article, not a header.
  const story = ctx.storyChars();
  if (story > 0 && ctx.paragraphChars(block) >= 0.6 * story) return 0;
  const out: Element[] = [];
  for (let node: Element = h1; node !== block; ) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    for (const sibling of parent.children) {
      if (sibling === node || sibling.querySelector(MEDIA) || sibling.matches(MEDIA)) continue;
      // A standfirst is a sentence or two; more text than that is the story itself (a short one
      // can sit in the same block as its headline).
      if (ctx.paragraphChars(sibling) > 300 || ctx.text(sibling).length > 300) continue;
      out.push(sibling);
    }
    node = parent;
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeHeaderExtrasRule: PreCleanRule = { name: 'remove-header-extras', apply: removeHeaderExtras };
