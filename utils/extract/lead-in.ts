import { collapseSpace } from './text';
import { isElement } from './dom-guards';

// Korean CMSs put the subtitle (부제) inside the body container, just above the body text, in a box
// Readability scores too low to keep (it is a short list). We note such subtitles before Readability
// runs and put them back at the top of the article when Readability kept the text right after them.

const SUBTITLE_NAMES =
  /(?:^|[\s_-])(?:sub-?title|subtit|sub_tit|subhead|sub-?head(?:line)?|summary|article-?summary|news-?summary|standfirst|deck|dek|lead|lede|intro|article-?lead|sub_?txt|stit)(?:$|[\s_-])/i;

const SUBTITLE_HINT = /sub|summary|stand|dec?k|lead|lede|intro|stit/i;

/** True when a class/id names a subtitle, dek or standfirst box. */
export function namesSubtitle(cls: string, id: string): boolean {
  if (!SUBTITLE_HINT.test(cls) && !SUBTITLE_HINT.test(id)) return false;
  return SUBTITLE_NAMES.test(`${cls} ${id}`.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** Tags a dek written right under the headline takes. */
const DEK_TAGS = /^(?:H2|H3|P|UL|DIV)$/;

/**
 * The dek written right under the headline `h1` (not a line naming `siteName`), named or not: a heading, paragraph or one-item
 * list of a sentence or two (not a byline or a date line), or null.
 */
export function headlineDek(h1: Element, siteName: string | null = null): Element | null {
  const site = siteName ? key(siteName) : '';
  for (let next = h1.nextElementSibling, i = 0; next && i < 3; next = next.nextElementSibling, i++) {
    // The first sibling, or a later one named as a subtitle (a kicker or byline can come first).
    if (i > 0 && !namesSubtitle(next.getAttribute('class') ?? '', next.id)) continue;
    // A line naming the site is its tagline ("From Stadtwiki, the free encyclopedia"), not a dek.
    if (isDek(next) && !(site.length >= 3 && key(next.textContent ?? '').includes(site))) return next;
  }
  return null;
}

/** Dates and times ("2024-05-03 18:12", "May 3, 2024", "2024년 5월"): a date line is not a dek. */
const DATE_LIKE = /\d{4}[-./年년]\s?\d{1,2}|\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}/i;

function isDek(el: Element): boolean {
  if (!DEK_TAGS.test(el.nodeName) || el.querySelector('time, img, picture, figure, h1, p p, button, a[href*="author"]')) return false;
  const text = collapseSpace(el.textContent ?? '');
  const letters = key(text).length;
  if (letters < 20 || text.length > 300 || /^(?:by|von|par|di|por)\s/i.test(text) || DATE_LIKE.test(text)) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += key(a.textContent ?? '').length;
  return linked <= letters * 0.3;
}

/** The headline's dek noted before the page rules run (they remove it with the headline block). */
export interface Dek {
  node: Element;
  text: string;
}

/** Notes the dek under `h1` (call before the page rules), or null; `siteName` tells a tagline apart. */
export function collectDek(h1: Element | null, siteName: string | null = null): Dek | null {
  const dek = h1 ? headlineDek(h1, siteName) : null;
  const node = dek?.cloneNode(true);
  return dek && isElement(node) ? { node, text: collapseSpace(dek.textContent ?? '') } : null;
}

/** Puts the dek at the top of the article when the article does not already hold its text; returns the lines put back. */
export function restoreDek(content: Element, dek: Dek | null): string[] {
  if (!dek) return [];
  if (key((content.textContent ?? '').slice(0, 6000)).includes(key(dek.text))) return [];
  const lines = asParagraphs(content.ownerDocument, dek.node);
  content.prepend(...lines);
  return lines.map((p) => p.textContent ?? '');
}

/** `text` without the dek lines it opens with (the plain text is the article body; see the pipeline). */
export function withoutDek(text: string, lines: readonly string[]): string {
  let out = text;
  for (const line of lines) if (out.startsWith(line)) out = out.slice(line.length).trimStart();
  return out;
}

/** A subtitle noted before Readability, with the text that followed it. */
export interface LeadIn {
  node: Element;
  /** The subtitle in the page (the note is a copy: Readability may move or drop the original). */
  source: Element;
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

function note(out: LeadIn[], el: Element, text: string): void {
  const following = followingText(el);
  const node = el.cloneNode(true);
  if (following && isElement(node)) out.push({ node, source: el, text, following });
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
    if (!namesSubtitle(rawClass, rawId) || el.matches('h1, body, html, article, main')) continue;
    // Index entries removed by the page rules are no longer in the document.
    if (named && !root.contains(el)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text.length < 10 || text.length > 500 || el.querySelector('h1, img, p p')) continue;
    if (out.some((l) => l.source.contains(el) || el.contains(l.source))) continue;
    note(out, el, text);
  }
  return out.slice(0, 3);
}

/** The element's text split at its line breaks (<br>, or blocks inside it), each line collapsed. */
function linesOf(node: Element): string[] {
  const copy = node.cloneNode(true);
  if (!isElement(copy)) return [collapseSpace(node.textContent ?? '')];
  for (const br of [...copy.querySelectorAll('br, div, h2, h3, h4, span.line')]) br.before('\n');
  return (copy.textContent ?? '').split('\n').map(collapseSpace).filter(Boolean);
}

/** The subtitle as paragraphs: one per line or list item (list markup in a subtitle box is layout). */
function asParagraphs(doc: Document, node: Element): Element[] {
  const items = [...node.querySelectorAll('li, p')].filter((el) => !el.querySelector('li, p'));
  const lines = items.length ? items.map((el) => collapseSpace(el.textContent ?? '')) : linesOf(node);
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
