import { isDocumentNode, isElement } from './dom-guards';

// The copy of a page the pipeline works on when the story sits in one region (story-region.ts):
// the head's metadata (for Readability's own metadata and <base>), and the region inside bare
// copies of its ancestors (for the rules that look up the tree: "inside an <article>?").

/** Head elements that carry metadata (title, meta, link, base, JSON-LD), not scripts or styles. */
function isMetadataElement(el: Element): boolean {
  const name = el.nodeName;
  if (name === 'SCRIPT') return /json/i.test(el.getAttribute('type') ?? '');
  return name === 'TITLE' || name === 'META' || name === 'BASE' || (name === 'LINK' && !/stylesheet|preload|prefetch|modulepreload|icon/i.test(el.getAttribute('rel') ?? ''));
}

/**
 * A document holding copies of `doc`'s head metadata and of `region` inside copies of its ancestors
 * (without their other children). It keeps the page's address, so links resolve as in a whole copy.
 */
export function copyRegion(doc: Document, region: Element): Document | null {
  const copy = doc.cloneNode(false);
  const html = doc.documentElement;
  if (!isDocumentNode(copy) || !doc.head || !doc.body) return null;
  const chain: Element[] = [];
  for (let el = region.parentElement; el && el !== html; el = el.parentElement) chain.unshift(el);
  if (doc.doctype) copy.append(copy.importNode(doc.doctype, false));
  const root = copy.importNode(html, false);
  copy.append(root);
  // The head's metadata only: importing its scripts and stylesheets cost more than the story itself.
  const head = copy.importNode(doc.head, false);
  for (const el of doc.head.children) if (isMetadataElement(el)) head.append(copy.importNode(el, true));
  root.append(head);
  let parent: Element = root;
  for (const el of chain) {
    const shell = copy.importNode(el, false);
    parent.append(shell);
    parent = shell;
  }
  const story = copy.importNode(region, true);
  if (!isElement(story)) return null;
  parent.append(story);
  return copy;
}
