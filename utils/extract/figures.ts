import { lastIndexWhere } from '../last-index-where';
import { collapseSpace } from './text';
import { isElement } from './dom-guards';

// Readability drops pictures it does not score as content: the hero image above the body, photo
// strips at the end, figures between sections. A clip keeps its figures with their captions, so
// figures are noted before Readability runs — with the story text they follow — and the ones it
// dropped are put back after that text (or at the top, for the hero). Figures inside related,
// sidebar or promo boxes are never noted, and a figure whose anchor text did not survive stays out.

/** A figure noted before Readability. */
export interface NotedFigure {
  node: Element;
  /** The image's address without query or fragment (to recognise it after lazy-loading swaps). */
  key: string;
  /** The end of the text block the figure follows, or null for a hero figure above the story. */
  after: string | null;
}

const BOX_NAMES = /related|recommend|popular|rank|sidebar|widget|promo|teaser|thumb|more-?stories|footer|nav|banner|(?:^|[\s_-])ad(?:$|[\s_-])|logo|avatar|profile|author/i;
const TEXT_BLOCKS = 'p, li, h2, h3, h4, blockquote, td';

function textKey(text: string): string {
  return collapseSpace(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function imageKey(img: Element | null): string {
  const src = img?.getAttribute('data-src') ?? img?.getAttribute('src') ?? '';
  if (!src || /^data:/i.test(src)) return '';
  return src.replace(/[?#].*$/, '').replace(/^.*\/\//, '').split('/').slice(1).join('/');
}

function insideBox(el: Element): boolean {
  for (let node = el.parentElement; node && node.nodeName !== 'BODY'; node = node.parentElement) {
    if (node.nodeName === 'NAV' || node.nodeName === 'FOOTER' || node.nodeName === 'ASIDE') return true;
    const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (names.trim() && BOX_NAMES.test(names)) return true;
  }
  return false;
}

/**
 * Index of the last block that comes before `figure` in document order (an ancestor counts as before),
 * or -1. Blocks are in document order, so a binary search: one comparison per block for every figure
 * was the cost of this stage on pages with many of both.
 */
function lastBlockBefore(blocks: readonly Element[], figure: Element): number {
  return lastIndexWhere(blocks.length, (i) => Boolean((blocks[i]?.compareDocumentPosition(figure) ?? 0) & 4));
}

/** Notes the page's captioned or hero figures (call on the cleaned copy, before Readability). */
export function collectFigures(doc: Document): NotedFigure[] {
  const figures = [...doc.querySelectorAll('figure')].filter((f) => f.querySelector('img') && !insideBox(f));
  if (!figures.length) return [];
  const headline = doc.querySelector('h1');
  let blocks: Element[] | null = null;
  const out: NotedFigure[] = [];
  for (const figure of figures) {
    const key = imageKey(figure.querySelector('img'));
    if (!key || !figure.querySelector('figcaption')) continue;
    // The page's text blocks are read only once a figure qualifies.
    blocks ??= [...doc.querySelectorAll(TEXT_BLOCKS)];
    let after: string | null = null;
    for (let i = lastBlockBefore(blocks, figure); i >= 0; i--) {
      const block = blocks[i];
      if (!block) continue;
      // Only blocks after the headline are story text; earlier ones are page furniture.
      if (headline && !(headline.compareDocumentPosition(block) & 4)) break;
      const text = textKey(block.textContent ?? '');
      if (text.length < 30) continue;
      after = text.slice(-40);
      break;
    }
    const node = figure.cloneNode(true);
    if (isElement(node)) out.push({ node, key, after });
  }
  return out;
}

/** Puts back noted figures Readability dropped, after the text they followed (hero figures first). */
export function restoreFigures(content: Element, figures: NotedFigure[]): void {
  if (!figures.length) return;
  const present = new Set([...content.querySelectorAll('img')].map((img) => imageKey(img)));
  const blocks = [...content.querySelectorAll(TEXT_BLOCKS)].map((el) => ({ el, key: textKey(el.textContent ?? '') }));
  const heroes: Element[] = [];
  for (const figure of figures) {
    if (present.has(figure.key)) continue;
    const node = content.ownerDocument.importNode(figure.node, true);
    if (figure.after === null) {
      heroes.push(node);
    } else {
      const anchor = blocks.find((b) => b.key.endsWith(figure.after ?? ''));
      if (!anchor) continue;
      // After the anchor block, or after its list when the anchor is a list item.
      const at = anchor.el.nodeName === 'LI' ? (anchor.el.closest('ul, ol') ?? anchor.el) : anchor.el;
      at.after(node);
    }
    present.add(figure.key);
  }
  // Only the first hero: a second "hero" is a figure the story had already moved past.
  const hero = heroes[0];
  if (hero) content.prepend(hero);
}
