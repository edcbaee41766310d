import { collapseSpace } from '../text';
import type { PageIndex } from '../page-index';

// National dailies and mobile pages often print the byline as a bare <span> under the headline, with
// no class that says "byline". Such a line still reads unmistakably as a credit: "홍길동 기자",
// "記者：王小明", "文/王小明", "By Jane Doe". Only short leaf elements between the headline and the
// first real paragraph are read.

const CREDIT_LINE =
  /^(?:[\p{Script=Hangul}]{2,4}(?:[·,]\s?[\p{Script=Hangul}]{2,4})*\s?(?:선임|수석|객원|인턴|수습|전문)?(?:기자|특파원)|(?:by|von|par|por)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|(?:記者|记者)\s*[:：]?\s*[\p{Script=Han}]{2,4}(?:[、，,\s][\p{Script=Han}]{2,4})*|[\p{Script=Han}]{2,4}(?:記者|记者|特派員|特派员)|文\s*[/／]\s*[\p{Script=Han}]{2,4})$/iu;
/** A paragraph this long (CJK-dense text included) is the story: the byline is above it or absent. */
const STORY_PARAGRAPH = 50;
/** How far past the headline a byline may sit (elements in document order). */
const MAX_STEPS = 40;

function headline(doc: Document, index: PageIndex): Element | null {
  const h1 = [...doc.getElementsByTagName('h1')].find((h) => !h.closest('header, nav, [class*="logo" i]'));
  if (h1) return h1;
  return index.named.find((n) => /headline|(?:^|[-_\s])(?:article|news|view)[-_]?tit(?:le)?/i.test(n.rawClass) && /^H[1-3]$/.test(n.el.nodeName))?.el ?? null;
}

/** A reporter credit printed as a short element right after the headline, or null. */
export function headlineByline(doc: Document, index: PageIndex): string | null {
  const start = headline(doc, index);
  if (!start) return null;
  let steps = 0;
  for (let el = nextElement(start); el && steps < MAX_STEPS; el = nextElement(el), steps++) {
    if (el.nodeName === 'P' && collapseSpace(el.textContent ?? '').length >= STORY_PARAGRAPH) return null;
    if (el.childElementCount > 0 || el.closest('a, button, nav, footer, aside')) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text.length >= 2 && text.length <= 40 && CREDIT_LINE.test(text)) return text;
  }
  return null;
}

/** The next element in document order: the first child, else the next sibling of the nearest ancestor that has one. */
function nextElement(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}
