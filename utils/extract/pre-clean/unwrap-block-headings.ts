import type { PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Broken mobile templates leave stray closing tags and then open the story body inside a heading
// (`</div></span><h3 class="view_txt"><p>…</p><p>…</p></h3>`). The parser keeps the paragraphs inside
// the heading; later stages would treat the whole story as one heading (or as a title to drop). A
// heading that holds paragraphs is a body container: it becomes a <div> with its attributes.

const HEADING = /^H[1-6]$/;

/** Turns headings that hold paragraphs into divs, returning how many. */
export function unwrapBlockHeadings(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const headings = ctx.elements.filter((el) => HEADING.test(el.nodeName) && el.querySelector('p, div p'));
  let n = 0;
  for (const heading of headings) {
    if (!ctx.attached(heading) || !heading.parentNode) continue;
    const div = heading.ownerDocument.createElement('div');
    for (const attr of heading.attributes) div.setAttribute(attr.name, attr.value);
    div.append(...heading.childNodes);
    heading.parentNode.replaceChild(div, heading);
    n++;
  }
  return n;
}

/** The named rule (it removes nothing: it renames). */
export const unwrapBlockHeadingsRule: PreCleanRule = { name: 'unwrap-block-headings', apply: unwrapBlockHeadings };
