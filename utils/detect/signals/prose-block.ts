import { textWeight } from '../text-weight';
import { linkDensity } from './link-density';
import { readerableScore } from './readerable';

/** The page's biggest block of continuous prose, measured in weighted characters (CJK-aware). */
export interface ProseBlockSignal {
  /** Prose characters gathered under the best container. */
  chars: number;
  /** Share of all prose on the page that sits in that container (0..1). */
  share: number;
  /** Prose paragraphs in the container. */
  paragraphs: number;
  /** All prose characters on the page. */
  total: number;
  /** Readability-style score of all prose paragraphs (see readerableScore). */
  readerable: number;
  /** Share of all body text (scripts and styles excluded) inside links. */
  linkDensity: number;
  /** The container, for other signals; never modified. */
  element: Element | null;
}

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg|TEXTAREA|SELECT|OPTION|BUTTON)$/;
const INLINE = /^(A|ABBR|B|BDI|BDO|BR|CITE|CODE|DATA|DFN|EM|FONT|I|KBD|MARK|Q|RUBY|RT|RP|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR|LABEL|INS|DEL)$/;
// Text in these is navigation, chrome, list items or headings, not running prose.
const NOT_PROSE = 'nav, header, footer, aside, menu, li, dt, dd, figcaption, blockquote, h1, h2, h3, h4, h5, h6';
const MIN_PARAGRAPH = 40;
const MAX_LINK_SHARE = 0.34;

interface Block {
  text: number;
  link: number;
}

interface Container {
  prose: number;
  paragraphs: number;
}

function credit(map: Map<Element, Container>, element: Element | null | undefined, text: number): void {
  if (!element) return;
  const entry = map.get(element);
  if (entry) {
    entry.prose += text;
    entry.paragraphs++;
  } else {
    map.set(element, { prose: text, paragraphs: 1 });
  }
}

/** Group the body's text into its nearest block elements, counting how much of each sits in links. */
function collectBlocks(doc: Document, body: HTMLElement): Map<Element, Block> {
  const blocks = new Map<Element, Block>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let element = node.parentElement;
    if (!element || SKIP.test(element.tagName)) continue;
    const weight = textWeight(node.nodeValue ?? '');
    if (weight === 0) continue;
    let inLink = false;
    while (element && INLINE.test(element.tagName)) {
      if (element.tagName === 'A') inLink = true;
      element = element.parentElement;
    }
    if (!element) continue;
    const block = blocks.get(element) ?? { text: 0, link: 0 };
    block.text += weight;
    if (inLink) block.link += weight;
    blocks.set(element, block);
  }
  return blocks;
}

/**
 * Find the container holding the most prose (one walk over the body's text also yields the page's
 * link density and Readability-style score). Paragraphs (long enough, few links, outside
 * lists/nav/headings) credit their parent and grandparent, so a body split into sub-sections still
 * adds up, while teaser excerpts each sit in their own small card.
 */
export function proseBlockSignal(doc: Document): ProseBlockSignal {
  const body = doc.body;
  if (!body) return { chars: 0, share: 0, paragraphs: 0, total: 0, readerable: 0, linkDensity: 0, element: null };
  const containers = new Map<Element, Container>();
  let total = 0;
  let text = 0;
  let linkText = 0;
  const lengths: number[] = [];
  for (const [element, block] of collectBlocks(doc, body)) {
    text += block.text;
    linkText += block.link;
    if (block.text < MIN_PARAGRAPH || block.link / block.text >= MAX_LINK_SHARE || element.closest(NOT_PROSE)) continue;
    total += block.text;
    lengths.push(block.text);
    credit(containers, element.parentElement, block.text);
    credit(containers, element.parentElement?.parentElement, block.text);
  }
  let element: Element | null = null;
  let best: Container = { prose: 0, paragraphs: 0 };
  for (const [candidate, entry] of containers) {
    if (entry.prose > best.prose) {
      element = candidate;
      best = entry;
    }
  }
  return {
    chars: best.prose,
    share: total > 0 ? best.prose / total : 0,
    paragraphs: best.paragraphs,
    total,
    readerable: readerableScore(lengths),
    linkDensity: linkDensity(text, linkText),
    element,
  };
}
