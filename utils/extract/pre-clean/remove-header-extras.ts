import { collapseSpace } from '../text';
import { removeAll, type PreCleanRule } from './rule';

// The block around the headline — kicker ("Opinion", "BREAKING NEWS"), standfirst/dek, byline,
// date, share row — is page furniture: the title and byline are metadata, the dek is the excerpt.
// The block is the largest ancestor of the headline that does not yet hold the story's paragraphs,
// so a subtitle placed inside the body container (as Korean CMSs do) is not touched.

const MEDIA = 'img, picture, video, figure, iframe, svg';

function headline(doc: Document): Element | null {
  const candidates = [...doc.querySelectorAll('h1')].filter((h) => {
    const text = collapseSpace(h.textContent ?? '');
    return text.length >= 8 && !h.closest('nav, footer, aside, [class*="logo" i]');
  });
  return candidates.find((h) => h.closest('article, main, [role="main"], [itemprop="articleBody"]')) ?? candidates[0] ?? null;
}

/** True when `el` holds story paragraphs (a long one, or several mid-sized ones). */
function holdsParagraphs(el: Element): boolean {
  let long = 0;
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    const n = collapseSpace(p.textContent ?? '').length;
    total += n;
    if (n > 300) long++;
  }
  return long > 0 || total > 500;
}

/** Removes everything but media and the headline from the headline's header block. */
export function removeHeaderExtras(doc: Document): number {
  const h1 = headline(doc);
  if (!h1) return 0;
  let block: Element = h1;
  for (let parent = h1.parentElement; parent && parent !== doc.body; parent = parent.parentElement) {
    if (holdsParagraphs(parent)) break;
    block = parent;
  }
  if (block === h1) return 0;
  const out: Element[] = [];
  for (let node: Element = h1; node !== block; ) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    for (const sibling of parent.children) {
      if (sibling === node || sibling.querySelector(MEDIA) || sibling.matches(MEDIA)) continue;
      out.push(sibling);
    }
    node = parent;
  }
  return removeAll(out);
}

/** The named rule. */
export const removeHeaderExtrasRule: PreCleanRule = { name: 'remove-header-extras', apply: removeHeaderExtras };
