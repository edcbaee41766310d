import { addToAncestors, deepestHolder } from './paragraph-shares';

// Readability walks and scores every element of the page; once the page-level rules have run, the
// story usually sits in one container that holds nearly all of the page's paragraph text. Handing
// Readability only the region around it (two levels up: where Readability looks for the rest of a
// story, such as lead media and their captions beside the body) gives the same article from a
// fraction of the page.

/** Share of the page's paragraph text the container must hold. */
const MIN_SHARE = 0.97;
/** Only worth it when the kept region is at most this share of the page's elements. */
const MAX_ELEMENT_SHARE = 0.6;
/** Levels above the container kept. */
const LEVELS = 2;

/**
 * Narrows `doc`'s body (a clone) to the region holding the story's paragraphs; returns whether it
 * did. Pages whose paragraph text is spread out are left whole.
 */
export function focusStory(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const chars = new Map<Element, number>();
  let total = 0;
  for (const p of body.getElementsByTagName('p')) {
    const n = p.textContent?.length ?? 0;
    if (n === 0) continue;
    total += n;
    addToAncestors(chars, p, body, n);
  }
  if (total === 0) return false;
  let region: Element | null = deepestHolder(body, chars, total, MIN_SHARE);
  for (let i = 0; i < LEVELS && region && region !== body; i++) region = region.parentElement;
  if (!region || region === body) return false;
  const all = body.getElementsByTagName('*').length;
  if (region.getElementsByTagName('*').length > MAX_ELEMENT_SHARE * all) return false;
  body.replaceChildren(region);
  return true;
}
