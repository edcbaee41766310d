import { isElement } from './dom-guards';

// Math on the web comes as MathML, or as TeX that a script renders: MathJax 2 keeps the source in
// <script type="math/tex"> (which every later stage drops with the scripts) next to its rendering,
// MathJax 3 leaves glyph spans drawn by CSS plus a hidden MathML copy, KaTeX a MathML copy with the
// TeX in an annotation plus a hidden HTML rendering. Before anything else runs, each becomes one
// <math> element (display="block" for display math) with its TeX, when known, in
// <annotation encoding="application/x-tex">: the clip keeps MathML, the Markdown gets $…$ / $$…$$.

export const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
/** The annotation encoding of TeX sources. */
export const TEX_ENCODING = 'application/x-tex';

/** MathJax 2's renderings beside its source script (preview, HTML-CSS, SVG, CommonHTML, assistive MathML). */
const MATHJAX2_RENDERING = /(?:^|\s)(?:MathJax(?:_Preview|_Display|_SVG(?:_Display)?|_CHTML|_MathML)?|MJXc-display|mjx-chtml)(?:\s|$)/;

/** A <math> element holding `tex` as its visible text and as its TeX annotation. */
export function texMath(doc: Document, tex: string, display: boolean): Element {
  const math = doc.createElementNS(MATHML_NS, 'math');
  if (display) math.setAttribute('display', 'block');
  const semantics = doc.createElementNS(MATHML_NS, 'semantics');
  const text = doc.createElementNS(MATHML_NS, 'mtext');
  text.textContent = tex;
  const annotation = doc.createElementNS(MATHML_NS, 'annotation');
  annotation.setAttribute('encoding', TEX_ENCODING);
  annotation.textContent = tex;
  semantics.append(text, annotation);
  math.append(semantics);
  return math;
}

function removeMathJax2Renderings(script: Element): void {
  for (let prev = script.previousElementSibling; prev && MATHJAX2_RENDERING.test(prev.getAttribute('class') ?? ''); prev = script.previousElementSibling) prev.remove();
}

/** `math` as display math when `display`, else as it is. */
function withDisplay(math: Element, display: boolean): Element {
  if (display) math.setAttribute('display', 'block');
  return math;
}

/**
 * Rewrites the math of `doc` (a clone) as plain MathML elements (see above); returns how many were
 * rewritten. Raw MathML is left as it is.
 */
export function normalizeMath(doc: Document): number {
  let n = 0;
  for (const script of [...doc.getElementsByTagName('script')]) {
    const type = script.getAttribute('type') ?? '';
    if (!/^\s*math\/tex\b/i.test(type)) continue;
    const tex = (script.textContent ?? '').trim();
    removeMathJax2Renderings(script);
    if (tex) script.replaceWith(texMath(doc, tex, /mode\s*=\s*display/i.test(type)));
    else script.remove();
    n++;
  }
  // MathJax 3: the assistive MathML is the formula; the rest is CSS-drawn glyphs without text.
  // (Lookups by tag and class name: happy-dom's querySelector misses elements in a deep-cloned document.)
  for (const container of [...doc.getElementsByTagName('mjx-container')]) {
    const math = container.getElementsByTagName('mjx-assistive-mml')[0]?.getElementsByTagName('math')[0];
    if (!math) continue;
    container.replaceWith(withDisplay(math, container.getAttribute('display') === 'true'));
    n++;
  }
  // KaTeX: its MathML (with the TeX annotation) stands for the whole rendering.
  for (const katex of [...doc.getElementsByClassName('katex')]) {
    const math = katex.getElementsByClassName('katex-mathml')[0]?.getElementsByTagName('math')[0];
    // (Not `isConnected`: happy-dom says false for every node of a cloned document.)
    if (!math || !doc.documentElement.contains(katex)) continue;
    const wrapper = katex.parentElement?.classList.contains('katex-display') ? katex.parentElement : katex;
    wrapper.replaceWith(withDisplay(math, wrapper !== katex));
    n++;
  }
  return n;
}

/** The TeX source a <math> element carries in an annotation, or null. */
export function texAnnotation(math: Element): string | null {
  for (const el of math.getElementsByTagName('*')) {
    if (el.localName.toLowerCase() !== 'annotation') continue;
    if ((el.getAttribute('encoding') ?? '').trim().toLowerCase() !== TEX_ENCODING) continue;
    const tex = (el.textContent ?? '').trim();
    if (tex) return tex;
  }
  return null;
}

/** True when the <math> element is display (block) math. */
export function isDisplayMath(math: Element): boolean {
  if ((math.getAttribute('display') ?? '').toLowerCase() === 'block') return true;
  return isElement(math.parentElement) && math.parentElement.classList.contains('katex-display');
}
