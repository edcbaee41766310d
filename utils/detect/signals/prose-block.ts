import { textWeight } from '../text-weight';

/** The page's biggest block of continuous prose, measured in weighted characters (CJK-aware). */
export interface ProseBlockSignal {
  /** Prose characters gathered under the best container. */
  chars: number;
  /** Share of all prose on the page that sits in that container (0..1). */
  share: number;
  /** Prose paragraphs in the container. */
  paragraphs: number;
  /** Headings inside the container that are links (teaser titles). */
  linkedHeadings: number;
  /** Share of the container's text inside links. */
  linkDensity: number;
  /** All prose characters on the page. */
  total: number;
  /** The container, for other signals; never modified. */
  element: Element | null;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'RUBY',
  'RT', 'RP', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'INS', 'DEL',
]);
// Text in these is navigation, chrome or form furniture, not prose.
const NOT_PROSE = 'nav, header, footer, aside, menu, li, dt, dd, figcaption, blockquote, h1, h2, h3, h4, h5, h6';
const MIN_PARAGRAPH = 40;

interface Block {
  text: number;
  link: number;
}

interface Container {
  prose: number;
  link: number;
  text: number;
  paragraphs: number;
}

function blockOf(node: Node): { block: Element; inLink: boolean } | null {
  let element = node.parentElement;
  let inLink = false;
  while (element && INLINE.has(element.tagName)) {
    if (element.tagName === 'A') inLink = true;
    element = element.parentElement;
  }
  return element ? { block: element, inLink } : null;
}

function add(map: Map<Element, Container>, element: Element | null, block: Block, prose: boolean): void {
  if (!element) return;
  let entry = map.get(element);
  if (!entry) {
    entry = { prose: 0, link: 0, text: 0, paragraphs: 0 };
    map.set(element, entry);
  }
  entry.text += block.text;
  entry.link += block.link;
  if (prose) {
    entry.prose += block.text;
    entry.paragraphs++;
  }
}

/**
 * Find the container holding the most prose: text is grouped into its nearest block element,
 * paragraphs (long enough, few links, outside lists/nav/headings) credit their parent and grandparent
 * so a body split into sub-sections still adds up.
 */
export function proseBlockSignal(doc: Document): ProseBlockSignal {
  const empty: ProseBlockSignal = { chars: 0, share: 0, paragraphs: 0, linkedHeadings: 0, linkDensity: 0, total: 0, element: null };
  const body = doc.body;
  if (!body) return empty;
  const blocks = new Map<Element, Block>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName)) continue;
    const weight = textWeight(node.nodeValue ?? '');
    if (weight === 0) continue;
    const found = blockOf(node);
    if (!found) continue;
    let block = blocks.get(found.block);
    if (!block) {
      block = { text: 0, link: 0 };
      blocks.set(found.block, block);
    }
    block.text += weight;
    if (found.inLink) block.link += weight;
  }

  const containers = new Map<Element, Container>();
  let total = 0;
  for (const [element, block] of blocks) {
    const prose =
      block.text >= MIN_PARAGRAPH && block.link / block.text < 0.34 && !SKIP.has(element.tagName) && element.closest(NOT_PROSE) === null;
    if (prose) total += block.text;
    const parent = element.parentElement;
    add(containers, parent, block, prose);
    add(containers, parent?.parentElement ?? null, block, prose);
  }

  let best: Element | null = null;
  let bestEntry: Container | undefined;
  for (const [element, entry] of containers) {
    if (!bestEntry || entry.prose > bestEntry.prose) {
      best = element;
      bestEntry = entry;
    }
  }
  if (!best || !bestEntry || bestEntry.prose === 0) return { ...empty, total };
  let linkedHeadings = 0;
  for (const heading of best.querySelectorAll('h2, h3, h4, h5')) {
    if (heading.querySelector('a[href]') !== null || heading.closest('a[href]') !== null) linkedHeadings++;
  }
  return {
    chars: bestEntry.prose,
    share: total > 0 ? bestEntry.prose / total : 0,
    paragraphs: bestEntry.paragraphs,
    linkedHeadings,
    linkDensity: bestEntry.text > 0 ? bestEntry.link / bestEntry.text : 0,
    total,
    element: best,
  };
}
