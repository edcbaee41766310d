// One pass over the page's named elements, shared by the metadata readers and the page-level clean
// rules. Selectors like `[class*="title" i]` make the browser compare every element's class again
// for each selector, and metadata and cleaning need dozens of them; reading each element's class and
// id once and filtering that list with regular expressions is several times faster in Chromium and
// happy-dom. Text nodes are collected on first use for rules that look for labels in the text.

/** An element with its class and id as written, and lowercased. */
export interface IndexedElement {
  el: Element;
  /** Class attribute as written ("" when none). */
  rawClass: string;
  /** Lowercased class attribute. */
  cls: string;
  /** Lowercased id. */
  id: string;
}

/** The page's elements that carry a class or an id, in document order, and its text nodes. */
export interface PageIndex {
  readonly doc: Document;
  readonly named: readonly IndexedElement[];
  /** The indexed entry of an element (undefined when it has neither class nor id). */
  entry(el: Element): IndexedElement | undefined;
  /** Elements whose class matches `re` (lowercased class attribute). */
  byClass(re: RegExp): Element[];
  /** Elements whose class or id matches `re`. */
  byName(re: RegExp): Element[];
  /** Every text node under the document element, in document order (collected once). */
  textNodes(): readonly Text[];
}

function isText(node: Node): node is Text {
  return node.nodeType === 3;
}

/** Indexes `doc` once (call again after structural changes that matter to the caller). */
export function indexPage(doc: Document): PageIndex {
  const named: IndexedElement[] = [];
  for (const el of doc.querySelectorAll('[class], [id]')) {
    const rawClass = el.getAttribute('class') ?? '';
    named.push({ el, rawClass, cls: rawClass.toLowerCase(), id: el.id.toLowerCase() });
  }
  let texts: Text[] | null = null;
  let byElement: Map<Element, IndexedElement> | null = null;
  return {
    doc,
    named,
    entry: (el) => {
      byElement ??= new Map(named.map((n) => [n.el, n]));
      return byElement.get(el);
    },
    byClass: (re) => named.filter((n) => n.cls && re.test(n.cls)).map((n) => n.el),
    byName: (re) => named.filter((n) => re.test(n.cls) || re.test(n.id)).map((n) => n.el),
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
