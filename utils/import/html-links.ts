import type { ParseHtml } from './types';

/** One `<a>` of an export page, with the headings and folders above it. */
export interface LinkEntry {
  anchor: Element;
  /** 1-based position among the page's links (HTML exports have no useful line numbers). */
  index: number;
}

/** Every `<a href>` of an HTML export, in document order (the document is parsed, never rendered). */
export function exportLinks(html: string, parseHtml: ParseHtml): { doc: Document; links: LinkEntry[] } {
  const doc = parseHtml(html);
  const links = [...doc.querySelectorAll('a[href]')].map((anchor, i) => ({ anchor, index: i + 1 }));
  return { doc, links };
}

/** The nearest preceding `<h1>`–`<h3>` text before an element in document order, lower-cased. */
export function sectionOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    let sibling: Element | null = node.previousElementSibling;
    while (sibling) {
      if (/^H[1-3]$/.test(sibling.tagName)) return (sibling.textContent ?? '').trim().toLowerCase();
      sibling = sibling.previousElementSibling;
    }
    node = node.parentElement;
  }
  return '';
}
