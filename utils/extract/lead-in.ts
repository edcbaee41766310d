import { collapseSpace } from './text';
import { isElement } from './dom-guards';

// Korean CMSs put the subtitle (부제) inside the body container, just above the body text, in a box
// Readability scores too low to keep (it is a short list). We note such subtitles before Readability
// runs and put them back at the top of the article when Readability kept the text right after them.

const SUBTITLE_NAMES =
  /(?:^|[\s_-])(?:sub-?title|subtit|sub_tit|subhead|sub-?head(?:line)?|summary|article-?summary|news-?summary|standfirst|deck|dek|lead|lede|intro|article-?lead|sub_?txt|stit)(?:$|[\s_-])/i;

const SUBTITLE_HINT = /sub|summary|stand|dec?k|lead|lede|intro|stit/i;

/** A subtitle noted before Readability, with the text that followed it. */
export interface LeadIn {
  node: Element;
  text: string;
  /** The start of the first substantial text after the subtitle. */
  following: string;
}

function key(text: string): string {
  return collapseSpace(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function followingText(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      const text = key(next.textContent ?? '');
      if (text.length >= 30) return text.slice(0, 40);
    }
  }
  return '';
}

/** An element with its class and id as written (the page index's entries). */
interface NamedElement {
  el: Element;
  rawClass: string;
  rawId: string;
}

/**
 * Notes subtitle boxes (by class/id) that precede story text; call before Readability. `named` are
 * the page's elements with a class or id (the page index's entries, to save a pass and the attribute
 * reads), in document order.
 */
export function collectLeadIns(doc: Document, named?: readonly NamedElement[]): LeadIn[] {
  const out: LeadIn[] = [];
  const root = doc.documentElement;
  const entries = named ?? [...doc.querySelectorAll('[class], [id]')].map((el) => ({ el, rawClass: el.getAttribute('class') ?? '', rawId: el.id }));
  for (const { el, rawClass, rawId } of entries) {
    // Cheap test first (on each name, without building a string per element): most names contain none of these fragments.
    if (!SUBTITLE_HINT.test(rawClass) && !SUBTITLE_HINT.test(rawId)) continue;
    const names = `${rawClass} ${rawId}`.replace(/([a-z])([A-Z])/g, '$1 $2');
    if (!SUBTITLE_NAMES.test(names) || el.matches('h1, body, html, article, main')) continue;
    // Index entries removed by the page rules are no longer in the document.
    if (named && !root.contains(el)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text.length < 10 || text.length > 500 || el.querySelector('h1, img, p p')) continue;
    if (out.some((l) => l.node.contains(el) || el.contains(l.node))) continue;
    const following = followingText(el);
    const node = el.cloneNode(true);
    if (following && isElement(node)) out.push({ node, text, following });
  }
  return out.slice(0, 3);
}

/** The subtitle as paragraphs: one per line or list item (list markup in a subtitle box is layout). */
function asParagraphs(doc: Document, node: Element): Element[] {
  const items = [...node.querySelectorAll('li, p')].filter((el) => !el.querySelector('li, p'));
  const lines = items.length ? items.map((el) => collapseSpace(el.textContent ?? '')) : [collapseSpace(node.textContent ?? '')];
  return lines.filter(Boolean).map((line) => {
    const p = doc.createElement('p');
    p.textContent = line;
    return p;
  });
}

/** Puts back subtitles whose following text Readability kept but which it dropped. */
export function restoreLeadIns(content: Element, leadIns: LeadIn[]): void {
  if (!leadIns.length) return;
  // The start of the article is enough: a subtitle belongs above its first lines.
  const body = key((content.textContent ?? '').slice(0, 4000));
  for (const lead of [...leadIns].reverse()) {
    if (body.includes(key(lead.text)) || !body.includes(lead.following)) continue;
    // Only when the following text opens the article: a subtitle belongs at the top.
    if (body.indexOf(lead.following) > 200) continue;
    content.prepend(...asParagraphs(content.ownerDocument, lead.node));
  }
}
