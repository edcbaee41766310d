// Readability drops any element whose class or id merely contains a clutter word ("header",
// "comment", "social", "meta"…, as substrings), and h1/h2 whose class weighs negative: a section
// heading named `header-anchor-post` or a code block named `comment-example` vanishes. Our own rules
// judge names by whole tokens, so before Readability runs, the names of headings and verbatim
// blocks are set aside in data attributes, and put back on the article afterwards. Footers of
// quotes and figures (their attribution, which Readability deletes as page footers) become <p>s.

/** Elements whose names Readability must not judge. */
const SHIELDED = 'h1, h2, h3, h4, h5, h6, pre, code, kbd, samp, math';
const CLASS_ATTR = 'data-gleaner-class';
const ID_ATTR = 'data-gleaner-id';

/** Sets aside the class and id of headings and code blocks in `doc` (a clone); returns how many. */
export function shieldFromReadability(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let n = 0;
  for (const el of body.querySelectorAll(SHIELDED)) {
    const cls = el.getAttribute('class');
    if (cls !== null) {
      el.setAttribute(CLASS_ATTR, cls);
      el.removeAttribute('class');
    }
    if (el.id) {
      el.setAttribute(ID_ATTR, el.id);
      el.removeAttribute('id');
    }
    if (cls !== null || el.hasAttribute(ID_ATTR)) n++;
  }
  for (const footer of [...body.querySelectorAll('blockquote footer, figure footer')]) {
    const p = doc.createElement('p');
    while (footer.firstChild) p.append(footer.firstChild);
    footer.replaceWith(p);
  }
  return n;
}

/** Puts back the names `shieldFromReadability` set aside, under `root`. */
export function restoreShielded(root: Element): void {
  for (const el of root.querySelectorAll(`[${CLASS_ATTR}], [${ID_ATTR}]`)) {
    const cls = el.getAttribute(CLASS_ATTR);
    if (cls !== null) el.setAttribute('class', cls);
    const id = el.getAttribute(ID_ATTR);
    if (id !== null) el.id = id;
    el.removeAttribute(CLASS_ATTR);
    el.removeAttribute(ID_ATTR);
  }
}
