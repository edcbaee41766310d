import type { PageIndex } from '../page-index';
import { collapseSpace } from '../text';
import { isTextNode } from '../dom-guards';
import { guardReason } from '../guard/content-guard';
import { logRemoval, type RemovalLog } from '../guard/removal-log';

// What clutter rules ask about the tree they clean, answered once and shared by every rule. Rules
// ask the same questions of the same elements ("how much text is in here?", "what is it called?",
// "what does it open with?"); asking the DOM again per rule was most of the pipeline's time in
// Chromium. Answers are computed lazily, cached, and invalidated up the tree when a rule removes
// an element. A context is rooted at the document element (before Readability) or at the
// extracted article (after it).

/** Attributes that name a component besides class and id (`data-area="paywall_promo"`). */
const NAME_ATTRS = ['data-component', 'data-module', 'data-area', 'data-type', 'data-testid', 'data-role', 'data-block', 'data-widget'];
const NAME_ATTR_SELECTORS = NAME_ATTRS.map((a) => `[${a}]`);

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
  /** Class + id + component names as written, not lowercased (for case-insensitive patterns like "div-gpt-ad"). */
  rawNames(el: Element): string;
  /** The class attribute as written ("" when none). */
  classOf(el: Element): string;
  /** The id as written ("" when none). */
  idOf(el: Element): string;
  /** Lowercased words of the names ("articleShare_bar" → article, share, bar). */
  words(el: Element): ReadonlySet<string>;
  /** Collapsed text of the element (call on small elements: it reads the whole subtree). */
  text(el: Element): string;
  /** The element's leading text (up to 80 characters, stopping at the first block after some text). */
  leading(el: Element): string;
  /** True while the element is still in the tree. */
  attached(el: Element): boolean;
  /**
   * Removes the element for the current rule and forgets what was known about its ancestors; false
   * when the content guard keeps it (code, an inline element inside a sentence, a block between
   * body paragraphs). Either way the removal log hears of it.
   */
  remove(el: Element): boolean;
  /**
   * Names the rule whose removals follow (for the guard and the removal log). `positive`: the rule
   * removes only what is clutter wherever it sits (an edit link, hidden text), so the guard checks
   * only that it is not code.
   */
  beginRule(name: string, positive?: boolean): void;
  /** Where removals are reported (null: not recorded). */
  readonly log: RemovalLog;
  /** The article's title when known (it locates the headline element). */
  readonly title: string | null;
  /** The page's language when known (rules for CJK-only notices skip other pages). */
  readonly lang: string | null;
}

/** What is known about an element's names (filled in as rules ask). */
interface NameInfo {
  /** Class attribute and id as written. */
  cls: string;
  id: string;
  /** The element is in the page index. */
  indexed: boolean;
  raw: string | null;
  names: string | null;
  words: ReadonlySet<string> | null;
}

/** What is known about an element's text (-1 / null: not yet asked). */
interface TextInfo {
  length: number;
  paragraphs: number;
  text: string | null;
  leading: string | null;
}

const BLOCK = /^(?:P|DIV|UL|OL|LI|H[1-6]|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|TABLE|TR|DL|DT|DD|FIGURE|BLOCKQUOTE|FORM|NAV)$/;

/** Text from the start of `el`: up to `max` characters, ending at the first block after some text. */
function leadingText(el: Element, max: number): string {
  let out = '';
  let hasText = false;
  let done = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !done; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        out += value;
        if (!hasText && /\S/.test(value)) hasText = true;
        // Trimming only once the raw text could be long enough (trimming on every node was quadratic).
        if (out.length >= max && out.trim().length >= max) done = true;
      } else if (child.nodeType === 1 && child.nodeName !== 'SCRIPT' && child.nodeName !== 'STYLE') {
        const block = BLOCK.test(child.nodeName);
        if (block && hasText) {
          done = true;
          return;
        }
        walk(child);
        if (block && hasText) done = true;
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
export function scanRoot(root: Element, index?: PageIndex, title: string | null = null, lang: string | null = null, log: RemovalLog = null): ScanContext {
  const doc = root.ownerDocument;
  let rule = '';
  let positive = false;
  // What is known about an element's text, in one record: removing an element forgets its ancestors'
  // records with one deletion each.
  const textInfo = new Map<Element, TextInfo>();
  const textRecord = (el: Element): TextInfo => {
    let info = textInfo.get(el);
    if (!info) {
      info = { length: -1, paragraphs: -1, text: null, leading: null };
      textInfo.set(el, info);
    }
    return info;
  };
  // Everything about an element's names in one record: one lookup per question, not one per cache.
  const nameInfo = new Map<Element, NameInfo>();
  let elements: Element[] | null = null;
  let named: Element[] | null = null;
  let withNameAttrs: Set<Element> | null = null;

  const indexed = index && index.doc === root.ownerDocument ? index : null;
  let texts: Text[] | null = null;
  let prefilled = false;
  const nameAttrHolders = (): Set<Element> => {
    if (!withNameAttrs) {
      // One query per attribute: a single-selector query is a fast path in browsers, a selector list
      // is several times slower than the same selectors queried one by one.
      withNameAttrs = new Set();
      for (const selector of NAME_ATTR_SELECTORS) for (const el of root.querySelectorAll(selector)) withNameAttrs.add(el);
    }
    return withNameAttrs;
  };
  const info = (el: Element): NameInfo => {
    if (!prefilled && indexed) {
      // Class and id come from the page index (already read once).
      prefilled = true;
      for (const n of indexed.named) nameInfo.set(n.el, { cls: n.rawClass, id: n.rawId, indexed: true, raw: null, names: null, words: null });
    }
    let known = nameInfo.get(el);
    if (!known) {
      known = { cls: el.getAttribute('class') ?? '', id: el.id, indexed: false, raw: null, names: null, words: null };
      nameInfo.set(el, known);
    }
    return known;
  };
  const allElements = (): Element[] => {
    elements ??= [root, ...root.querySelectorAll('*')];
    return elements;
  };
  const textLength = (el: Element): number => {
    const info = textRecord(el);
    if (info.length < 0) info.length = (el.textContent ?? '').length;
    return info.length;
  };
  const paragraphChars = (el: Element): number => {
    const info = textRecord(el);
    if (info.paragraphs < 0) {
      let n = 0;
      if (el.nodeName === 'P') n = textLength(el);
      else for (const p of el.querySelectorAll('p')) n += textLength(p);
      info.paragraphs = n;
    }
    return info.paragraphs;
  };
  const rawNames = (el: Element): string => {
    const known = info(el);
    if (known.raw === null) {
      let raw = `${known.cls} ${known.id}`;
      if (nameAttrHolders().has(el)) {
        for (const attr of NAME_ATTRS) {
          const value = el.getAttribute(attr);
          if (value) raw += ` ${value}`;
        }
      }
      known.raw = raw;
    }
    return known.raw;
  };
  const names = (el: Element): string => {
    const known = info(el);
    known.names ??= rawNames(el).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().trim();
    return known.names;
  };
  // Rules remove only through `remove`, so "still in the tree" is "still under the root" (a native
  // ancestor walk, cheaper than checking each ancestor against the removed set).
  const attached = (el: Element): boolean => root.contains(el);

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
        if (indexed) {
          named = indexed.named.map((n) => n.el);
          for (const el of extra) if (!info(el).indexed) named.push(el);
        } else {
          named = allElements().filter((el) => el.hasAttribute('class') || el.id !== '' || extra.has(el));
        }
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
    rawNames,
    classOf: (el) => info(el).cls,
    idOf: (el) => info(el).id,
    words: (el) => {
      const known = info(el);
      known.words ??= new Set(names(el).split(/[^a-z0-9]+/).filter(Boolean));
      return known.words;
    },
    text: (el) => {
      const info = textRecord(el);
      info.text ??= collapseSpace(el.textContent ?? '');
      return info.text;
    },
    leading: (el) => {
      const info = textRecord(el);
      info.leading ??= collapseSpace(leadingText(el, 80));
      return info.leading;
    },
    attached,
    log,
    beginRule: (name, isPositive = false) => {
      rule = name;
      positive = isPositive;
    },
    remove: (el) => {
      if (el === root || !attached(el)) return false;
      const kept = guardReason(el, positive);
      logRemoval(log, rule, el, kept ?? undefined);
      if (kept) return false;
      for (let node = el.parentElement; node; node = node.parentElement) {
        textInfo.delete(node);
        if (node === root) break;
      }
      el.remove();
      return true;
    },
  };
}

/** A context for cleaning a whole (cloned) document. */
export function scanDocument(doc: Document, index?: PageIndex, title: string | null = null, lang: string | null = null, log: RemovalLog = null): ScanContext {
  return scanRoot(doc.documentElement, index, title, lang, log);
}
