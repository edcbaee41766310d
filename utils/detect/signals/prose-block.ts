import { linkDensity } from './link-density';
import { isProseListItem } from './list-prose';
import { readerableScore } from './readerable';
import { isTeaserCard } from './teaser-card';
import { collectTextBlocks, type TextBlock } from './text-blocks';

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

// Text in these is navigation, chrome, definitions, captions, quotes or headings, not running prose.
const NOT_PROSE = 'nav, header, footer, aside, menu, dt, dd, figcaption, blockquote, h1, h2, h3, h4, h5, h6';
// One ancestor lookup finds both; list items then get a closer look.
const NOT_PROSE_OR_ITEM = `${NOT_PROSE}, li`;
const MIN_PARAGRAPH = 40;
const MAX_LINK_SHARE = 0.34;

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

/**
 * Find the container holding the most prose (the same blocks also yield the page's link density and
 * Readability-style score). Paragraphs (long enough, few links, outside nav/headings; in lists only
 * when they read as prose) credit their parent, grandparent and great-grandparent, so a body split
 * into section wrappers still adds up; a grandparent that is a teaser card (it holds a headline
 * linking elsewhere) stops the climb, so teaser excerpts each stay in their own small card.
 */
export function proseBlockSignal(doc: Document, blocks: ReadonlyMap<Element, TextBlock> = collectTextBlocks(doc)): ProseBlockSignal {
  const containers = new Map<Element, Container>();
  const cards = new Map<Element, boolean>();
  let total = 0;
  let text = 0;
  let linkText = 0;
  const lengths: number[] = [];
  for (const [element, block] of blocks) {
    text += block.text;
    linkText += block.link;
    if (block.text < MIN_PARAGRAPH || block.link / block.text >= MAX_LINK_SHARE) continue;
    let stop = element.closest(NOT_PROSE_OR_ITEM);
    // A heading cannot hold paragraphs: a <p> inside one is broken markup around the story's prose.
    if (stop && element.tagName === 'P' && /^H\d$/.test(stop.tagName)) stop = stop.parentElement?.closest(NOT_PROSE_OR_ITEM) ?? null;
    if (stop && (stop.tagName !== 'LI' || !isProseListItem(stop, block.text, block.link) || stop.parentElement?.closest(NOT_PROSE))) continue;
    total += block.text;
    lengths.push(block.text);
    const parent = element.parentElement;
    const grandparent = parent?.parentElement;
    credit(containers, parent, block.text);
    credit(containers, grandparent, block.text);
    if (!grandparent) continue;
    // Memoized: a large container is asked once, not once per paragraph.
    let card = cards.get(grandparent);
    if (card === undefined) cards.set(grandparent, (card = isTeaserCard(grandparent)));
    if (!card) credit(containers, grandparent.parentElement, block.text);
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
