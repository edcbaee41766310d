// One pass over the page's named elements, shared by the metadata readers and the page-level clean
// rules. Selectors like `[class*="title" i]` make the browser compare every element's class again
// for each selector, and metadata and cleaning need dozens of them; reading each element's class and
// id once and filtering that list with regular expressions is several times faster in Chromium and
// happy-dom. Text nodes are collected on first use for rules that look for labels in the text.

/** An element with its class and id as written (patterns test them case-insensitively: no lowercased copies to allocate). */
export interface IndexedElement {
  el: Element;
  /** Class attribute as written ("" when none). */
  rawClass: string;
  /** Id as written ("" when none). */
  rawId: string;
}

/** The page's elements that carry a class or an id, in document order, and its text nodes. */
export interface PageIndex {
  readonly doc: Document;
  readonly named: readonly IndexedElement[];
  /** The indexed entry of an element (undefined when it has neither class nor id). */
  entry(el: Element): IndexedElement | undefined;
  /** Elements whose class matches `re` (a lowercase pattern; matched case-insensitively). */
  byClass(re: RegExp): Element[];
  /** Elements whose class or id matches `re` (a lowercase pattern; matched case-insensitively). */
  byName(re: RegExp): Element[];
  /** Every text node under the document element, in document order (collected once). */
  textNodes(): readonly Text[];
  /** Elements whose itemprop holds `token` (compared in lowercase), in document order: one query for every property asked. */
  itemprop(token: string): Element[];
}

const caselessCache = new WeakMap<RegExp, RegExp>();

/** `re` with the `i` flag (made once per pattern). */
function caseless(re: RegExp): RegExp {
  if (re.flags.includes('i')) return re;
  let ci = caselessCache.get(re);
  if (!ci) {
    ci = new RegExp(re.source, `${re.flags}i`);
    caselessCache.set(re, ci);
  }
  return ci;
}

function isText(node: Node): node is Text {
  return node.nodeType === 3;
}

/** Indexes `doc` once (call again after structural changes that matter to the caller). */
export function indexPage(doc: Document): PageIndex {
  const named: IndexedElement[] = [];
  for (const el of doc.querySelectorAll('[class], [id]')) {
    named.push({ el, rawClass: el.getAttribute('class') ?? '', rawId: el.id });
  }
  let texts: Text[] | null = null;
  let props: { el: Element; tokens: string[] }[] | null = null;
  let byElement: Map<Element, IndexedElement> | null = null;
  return {
    doc,
    named,
    entry: (el) => {
      byElement ??= new Map(named.map((n) => [n.el, n]));
      return byElement.get(el);
    },
    byClass: (re) => {
      const ci = caseless(re);
      return named.filter((n) => n.rawClass && ci.test(n.rawClass)).map((n) => n.el);
    },
    byName: (re) => {
      const ci = caseless(re);
      return named.filter((n) => ci.test(n.rawClass) || ci.test(n.rawId)).map((n) => n.el);
    },
    itemprop: (token) => {
      props ??= [...doc.querySelectorAll('[itemprop]')].map((el) => ({ el, tokens: (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/) }));
      const wanted = token.toLowerCase();
      return props.filter((p) => p.tokens.includes(wanted)).map((p) => p.el);
    },
    textNodes: () => {
      if (!texts) {
        texts = [];
        const walker = doc.createTreeWalker(doc.documentElement, 4);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isText(node)) texts.push(node);
      }
      return texts;
    },
  };
}
