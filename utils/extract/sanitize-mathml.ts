import { isElement } from './dom-guards';

// The MathML part of the clip allow-list: presentation elements and the semantics/annotation pair
// that carries a TeX source. Left out on purpose: annotation-xml (it holds HTML or SVG, the
// namespace-confusion vector), maction (it toggles and links), mglyph (it loads an image) and
// malignmark (a parser trap), plus anything not listed.

/** MathML elements a clip keeps. */
export const MATHML_TAGS = [
  'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot', 'mstyle', 'merror',
  'mpadded', 'mphantom', 'mfenced', 'menclose', 'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover',
  'mmultiscripts', 'mprescripts', 'none', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'semantics', 'annotation',
] as const;

/** MathML attributes a clip keeps: layout only (no URLs, no styles, no names). */
export const MATHML_ATTRS = [
  'display', 'displaystyle', 'scriptlevel', 'mathvariant', 'mathsize', 'encoding', 'stretchy', 'fence', 'separator',
  'separators', 'lspace', 'rspace', 'accent', 'accentunder', 'largeop', 'movablelimits', 'symmetric', 'linethickness',
  'columnalign', 'rowalign', 'columnspan', 'rowspacing', 'columnspacing', 'notation', 'close',
] as const;

const TAGS = new Set<string>(MATHML_TAGS);
/** Attributes kept on MathML elements (the layout ones, and `open` of mfenced). */
const ATTRS = new Set<string>([...MATHML_ATTRS, 'open']);
/** Dropped with all they hold. */
const DROP = new Set(['annotation-xml', 'mglyph', 'malignmark', 'script', 'style']);

function copyClean(source: Element, into: Element): void {
  const doc = into.ownerDocument;
  for (let child = source.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      into.append(doc.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (!isElement(child)) continue;
    const name = child.localName.toLowerCase();
    if (DROP.has(name)) continue;
    if (!TAGS.has(name)) {
      // maction and foreign markup: their text stays, their element does not.
      copyClean(child, into);
      continue;
    }
    const el = doc.createElementNS(into.namespaceURI, name);
    for (const attr of child.attributes) if (ATTRS.has(attr.name.toLowerCase())) el.setAttribute(attr.name.toLowerCase(), attr.value);
    copyClean(child, el);
    into.append(el);
  }
}

/**
 * A clean copy of the <math> element `math` (in its own document): allowed elements and layout
 * attributes only. For DOMs whose parser puts MathML in the HTML namespace, where DOMPurify removes
 * it; browsers run DOMPurify with the same allow-list instead.
 */
export function sanitizeMathml(math: Element): Element {
  const out = math.ownerDocument.createElementNS(math.namespaceURI, 'math');
  const display = math.getAttribute('display');
  if (display === 'block' || display === 'inline') out.setAttribute('display', display);
  copyClean(math, out);
  return out;
}

/**
 * Replaces, inside every formula under `root`, elements that are not MathML (HTML a page slipped into
 * an <mtext>, such as a table) by their text: a formula holds MathML only.
 */
export function stripForeignInMath(root: Element): void {
  for (const math of [...root.getElementsByTagName('math')]) {
    for (const el of [...math.getElementsByTagName('*')]) {
      if (TAGS.has(el.localName.toLowerCase()) || !math.contains(el)) continue;
      el.replaceWith(el.ownerDocument.createTextNode(el.textContent ?? ''));
    }
  }
}
