import { addToAncestors, deepestHolder } from './paragraph-shares';
import { inheritedValue } from '../inherited-value';


// Copying the whole page is the single largest cost of a clip in the browser, and everything the
// page-level rules then remove (navigation, footers, sidebars, ranking boxes) was copied only to be
// thrown away. On most news pages the story — headline, lead media, body — sits in one region that
// holds nearly all of the page's paragraph text, so only that region is copied (copy-region.ts).
// The page itself is only read here.

/** Share of the page's paragraph text the story's container must hold. */
const MIN_SHARE = 0.97;
/** Levels above the container kept: lead media and captions sit beside the body text. */
const LEVELS = 2;
/** Only worth it when the region is at most this share of the page's elements. */
const MAX_ELEMENT_SHARE = 0.8;
/** Page chrome the page-level rules remove (its paragraphs are not the page's text): tags and roles. */
const CHROME_TAGS = new Set(['NAV', 'MENU', 'FOOTER', 'HEADER']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
/**
 * Boxes beside the story — side boxes, dialogs, cookie and consent notices — whose text would
 * otherwise dilute the story's share (they are still copied when inside the region, for the rules
 * and Readability to judge). Not forms: some sites wrap the whole page in one.
 */
const BESIDE_TAGS = new Set(['ASIDE', 'DIALOG']);
const BESIDE_ROLES = new Set(['dialog', 'alertdialog']);
const BESIDE_NAMES = /consent|cookie/i;
/**
 * At least this share of the page's paragraph text must be outside the chrome and side boxes: a
 * story hidden until a script shows it, or marked up as a side box, is left to the whole-page path.
 */
const MIN_COUNTED = 0.5;

/** Paragraph characters per element (chrome and side boxes excluded), and the page's paragraphs. */
interface ParagraphShares {
  chars: Map<Element, number>;
  /** Counted characters in all (0 when too little of the page's paragraph text could be counted). */
  total: number;
  /** Paragraphs outside the page chrome, with their length (for what a region leaves out). */
  paragraphs: { p: Element; n: number }[];
}

/** Where an element sits: in the story's part of the page, in the chrome, or in a box beside it. */
const enum Zone {
  Page,
  Chrome,
  Beside,
}

/** What an element itself marks: page chrome, a box beside the story, or nothing. */
function kindOf(el: Element): Zone {
  const tag = el.nodeName;
  if (CHROME_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return Zone.Chrome;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return Zone.Chrome;
  if (BESIDE_TAGS.has(tag) || (role && BESIDE_ROLES.has(role)) || el.getAttribute('aria-modal') === 'true') return Zone.Beside;
  return BESIDE_NAMES.test(el.getAttribute('class') ?? '') || BESIDE_NAMES.test(el.id) ? Zone.Beside : Zone.Page;
}

/** An element's zone given its parent's: chrome wins over a side box, which wins over the page. */
function zoneStep(node: Element, outer: Zone): Zone {
  if (outer === Zone.Chrome) return outer;
  const own = kindOf(node);
  return outer === Zone.Beside && own !== Zone.Chrome ? outer : own;
}

function paragraphShares(body: Element): ParagraphShares {
  const chars = new Map<Element, number>();
  // Each paragraph's ancestors are judged once (queries over the whole page per kind of box cost
  // more than the rest of this stage).
  const known = new Map<Element, Zone>();
  const zone = (el: Element): Zone => inheritedValue(el, known, Zone.Page, zoneStep, body);
  let total = 0;
  let all = 0;
  const paragraphs: { p: Element; n: number }[] = [];
  for (const p of body.getElementsByTagName('p')) {
    const n = p.textContent?.length ?? 0;
    all += n;
    if (n === 0) continue;
    const z = zone(p);
    if (z === Zone.Chrome) continue;
    paragraphs.push({ p, n });
    if (z === Zone.Beside) continue;
    total += n;
    addToAncestors(chars, p, body, n);
  }
  return { chars, total: total >= MIN_COUNTED * all ? total : 0, paragraphs };
}

/** The deepest element holding at least MIN_SHARE of the paragraph text under `body`, or null. */
function storyContainer(body: Element, { chars, total }: ParagraphShares): Element | null {
  if (total === 0) return null;
  const container = deepestHolder(body, chars, total, MIN_SHARE);
  return container === body ? null : container;
}

/** The nearest common ancestor of `a` and `b` (both under the same root). */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** The part of a page worth copying, and the paragraph text left outside it. */
export interface StoryRegion {
  element: Element;
  /** Characters of paragraph text outside the region (page chrome excluded, side boxes included). */
  outsideChars: number;
}

/**
 * The part of `doc`'s body worth copying for article extraction — the story's container, two levels
 * up, widened to take in the headline — or null when the story is not concentrated enough for that
 * to save work (the whole page is then copied).
 */
export function storyRegion(doc: Document): StoryRegion | null {
  const body = doc.body;
  if (!body) return null;
  const shares = paragraphShares(body);
  const container = storyContainer(body, shares);
  if (!container) return null;
  let region: Element = container;
  for (let i = 0; i < LEVELS && region.parentElement && region.parentElement !== body; i++) region = region.parentElement;
  // The headline sits above the body text, often outside its container: the last <h1> before the
  // story text (or in it) is taken in, with what lies between (lead media, byline, subtitle).
  let headline: Element | null = null;
  for (const h1 of body.getElementsByTagName('h1')) {
    if (container.compareDocumentPosition(h1) & 4 && !container.contains(h1)) break;
    headline = h1;
  }
  if (headline && !region.contains(headline)) region = commonAncestor(region, headline) ?? body;
  if (region === body || region === doc.documentElement) return null;
  if (region.getElementsByTagName('*').length > MAX_ELEMENT_SHARE * body.getElementsByTagName('*').length) return null;
  let outsideChars = 0;
  for (const { p, n } of shares.paragraphs) if (!region.contains(p)) outsideChars += n;
  return { element: region, outsideChars };
}
