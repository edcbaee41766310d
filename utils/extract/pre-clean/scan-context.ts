import type { PageIndex } from '../page-index';
import { collapseSpace } from '../text';
import { isTextNode } from '../dom-guards';

// What clutter rules ask about the tree they clean, answered once and shared by every rule. Rules
// ask the same questions of the same elements ("how much text is in here?", "what is it called?",
// "what does it open with?"); asking the DOM again per rule was most of the pipeline's time in
// Chromium. Answers are computed lazily, cached, and invalidated up the tree when a rule removes
// an element. A context is rooted at the document element (before Readability) or at the
// extracted article (after it).

/** Attributes that name a component besides class and id (`data-area="paywall_promo"`). */
const NAME_ATTRS = ['data-component', 'data-module', 'data-area', 'data-type', 'data-testid', 'data-role', 'data-block', 'data-widget'];
const NAME_ATTR_SELECTOR = NAME_ATTRS.map((a) => `[${a}]`).join(', ');

/** What every rule can ask about the tree it cleans. */
export interface ScanContext {
  readonly doc: Document;
  /** The element the rules clean (the document element, or the extracted article). */
  readonly root: Element;
  /** The root and its descendants in document order when first asked (check `attached`). */
  readonly elements: readonly Element[];
  /** Elements that have a class, id or component-naming attribute. */
  readonly named: readonly Element[];
  /** Text nodes under the root (from the page index when there is one), in document order. */
  textNodes(): readonly Text[];
  /** Characters of text in the element (raw, whitespace included). */
  textLength(el: Element): number;
  /** Characters of text inside `<p>` elements within the element. */
  paragraphChars(el: Element): number;
  /** Characters inside all `<p>` elements under the root: the size of "the story". */
  storyChars(): number;
  /** Lowercased class + id + component names, camelCase split into words ("" when none). */
  names(el: Element): string;
  /** Lowercased class + id + component names as written (for patterns like "div-gpt-ad"). */
  rawNames(el: Element): string;
  /** The class attribute as written ("" when none). */
  classOf(el: Element): string;
  /** Lowercased words of the names ("articleShare_bar" → article, share, bar). */
  words(el: Element): ReadonlySet<string>;
  /** Collapsed text of the element (call on small elements: it reads the whole subtree). */
  text(el: Element): string;
  /** The element's leading text (up to 80 characters, stopping at the first block after some text). */
  leading(el: Element): string;
  /** True while the element is still in the tree. */
  attached(el: Element): boolean;
  /** Removes the element and forgets what was known about its ancestors. */
  remove(el: Element): void;
  /** The article's title when known (it locates the headline element). */
  readonly title: string | null;
  /** The page's language when known (rules for CJK-only notices skip other pages). */
  readonly lang: string | null;
}

const BLOCK = /^(?:P|DIV|UL|OL|LI|H[1-6]|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|TABLE|TR|DL|DT|DD|FIGURE|BLOCKQUOTE|FORM|NAV)$/;

/** Text from the start of `el`: up to `max` characters, ending at the first block after some text. */
function leadingText(el: Element, max: number): string {
  let out = '';
  let done = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !done; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
        if (out.trim().length >= max) done = true;
      } else if (child.nodeType === 1 && child.nodeName !== 'SCRIPT' && child.nodeName !== 'STYLE') {
        const block = BLOCK.test(child.nodeName);
        if (block && out.trim()) {
          done = true;
          return;
        }
        walk(child);
        if (block && out.trim()) done = true;
      }
    }
  };
  walk(el);
  return out.trim().slice(0, max);
}

/**
 * A context for cleaning the subtree at `root`; see ScanContext. `index` (of the same document,
 * taken before any removal) saves the rules a second pass over class names and text nodes.
 */
export function scanRoot(root: Element, index?: PageIndex, title: string | null = null, lang: string | null = null): ScanContext {
  const doc = root.ownerDocument;
  const removed = new Set<Element>();
  const lengthCache = new Map<Element, number>();
  const pCache = new Map<Element, number>();
  const nameCache = new Map<Element, string>();
  const rawCache = new Map<Element, string>();
  const wordCache = new Map<Element, ReadonlySet<string>>();
  const textCache = new Map<Element, string>();
  const leadingCache = new Map<Element, string>();
  let elements: Element[] | null = null;
  let named: Element[] | null = null;
  let withNameAttrs: Set<Element> | null = null;

  const indexed = index && index.doc === root.ownerDocument ? index : null;
  let texts: Text[] | null = null;
  const nameAttrHolders = (): Set<Element> => {
    withNameAttrs ??= new Set(root.querySelectorAll(NAME_ATTR_SELECTOR));
    return withNameAttrs;
  };
  const classCache = new Map<Element, string>();
  const allElements = (): Element[] => {
    elements ??= [root, ...root.querySelectorAll('*')];
    return elements;
  };
  const textLength = (el: Element): number => {
    let n = lengthCache.get(el);
    if (n === undefined) {
      n = (el.textContent ?? '').length;
      lengthCache.set(el, n);
    }
    return n;
  };
  const paragraphChars = (el: Element): number => {
    let n = pCache.get(el);
    if (n === undefined) {
      n = 0;
      if (el.nodeName === 'P') n = textLength(el);
      else for (const p of el.querySelectorAll('p')) n += textLength(p);
      pCache.set(el, n);
    }
    return n;
  };
  const rawNames = (el: Element): string => {
    let cached = rawCache.get(el);
    if (cached === undefined) {
      // Class and id come from the page index when there is one (already read once).
      const known = indexed?.entry(el);
      cached = known ? `${known.rawClass} ${el.id}` : `${el.getAttribute('class') ?? ''} ${el.id}`;
      if (nameAttrHolders().has(el)) {
        for (const attr of NAME_ATTRS) {
          const value = el.getAttribute(attr);
          if (value) cached += ` ${value}`;
        }
      }
      rawCache.set(el, cached);
    }
    return cached;
  };
  const names = (el: Element): string => {
    let cached = nameCache.get(el);
    if (cached === undefined) {
      cached = rawNames(el).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().trim();
      nameCache.set(el, cached);
    }
    return cached;
  };
  const attached = (el: Element): boolean => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (removed.has(node)) return false;
      if (node === root) return true;
    }
    return false;
  };

  return {
    doc,
    root,
    title,
    lang,
    get elements() {
      return allElements();
    },
    get named() {
      if (!named) {
        const extra = nameAttrHolders();
        named = indexed
          ? [...new Set([...indexed.named.map((n) => n.el), ...extra])]
          : allElements().filter((el) => el.hasAttribute('class') || el.id !== '' || extra.has(el));
      }
      return named;
    },
    textNodes: () => {
      if (!texts) {
        if (indexed) texts = [...indexed.textNodes()];
        else {
          texts = [];
          const walker = doc.createTreeWalker(root, 4);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isTextNode(node)) texts.push(node);
        }
      }
      return texts;
    },
    textLength,
    paragraphChars,
    storyChars: () => paragraphChars(root),
    names,
    rawNames: (el) => rawNames(el).toLowerCase(),
    classOf: (el) => {
      let cached = classCache.get(el);
      if (cached === undefined) {
        cached = indexed?.entry(el)?.rawClass ?? el.getAttribute('class') ?? '';
        classCache.set(el, cached);
      }
      return cached;
    },
    words: (el) => {
      let cached = wordCache.get(el);
      if (!cached) {
        cached = new Set(names(el).split(/[^a-z0-9]+/).filter(Boolean));
        wordCache.set(el, cached);
      }
      return cached;
    },
    text: (el) => {
      let cached = textCache.get(el);
      if (cached === undefined) {
        cached = collapseSpace(el.textContent ?? '');
        textCache.set(el, cached);
      }
      return cached;
    },
    leading: (el) => {
      let cached = leadingCache.get(el);
      if (cached === undefined) {
        cached = collapseSpace(leadingText(el, 80));
        leadingCache.set(el, cached);
      }
      return cached;
    },
    attached,
    remove: (el) => {
      if (el === root || !attached(el)) return;
      for (let node = el.parentElement; node; node = node.parentElement) {
        lengthCache.delete(node);
        pCache.delete(node);
        textCache.delete(node);
        leadingCache.delete(node);
        if (node === root) break;
      }
      removed.add(el);
      el.remove();
    },
  };
}

/** A context for cleaning a whole (cloned) document. */
export function scanDocument(doc: Document, index?: PageIndex, title: string | null = null, lang: string | null = null): ScanContext {
  return scanRoot(doc.documentElement, index, title, lang);
}
