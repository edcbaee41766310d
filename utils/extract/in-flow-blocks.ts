import { blockText } from './block-text';
import { isElement } from './dom-guards';
import { isPositivelyClutter } from './guard/content-guard';
import { logRemoval, type RemovalLog } from './guard/removal-log';
import { linkShare } from './pre-clean/dom-patterns';

// Readability keeps the story's run of paragraphs but drops short blocks inside it that it scores
// low: a section heading in a wrapper whose class contains "header" or "extra" as a substring, a
// one-sentence paragraph with a link in its own container, a list between two paragraphs. Whatever
// sat in the page's flow between two paragraphs the clip kept is part of the story unless it is
// positively clutter (link-dense, controls, a label), so the story's blocks are noted in document
// order before Readability runs and the ones it dropped from inside the kept run are put back in
// place. They go back before the article rules run, which still remove any widget among them.

/** The story's flow blocks: paragraphs, section headings and lists. */
const FLOW = 'p, h2, h3, h4, h5, h6, ul, ol, dl';
/** A flow block inside one of these belongs to it (a list item's paragraph, a box, a caption…). */
const INSIDE = 'p, li, dl, blockquote, table, figure, pre, nav, aside, footer, header, form, h1, h2, h3, h4, h5, h6';
/** Letters a kept paragraph needs to count as a sentence of the story on either side of a gap. */
const MIN_NEIGHBOUR_LETTERS = 20;
/** A gap wider than this (blocks, characters) is a box of its own, not a few blocks of the flow. */
const MAX_GAP_BLOCKS = 6;
const MAX_GAP_CHARS = 1200;
/** A heading longer than this is a block of text set in a heading tag. */
const MAX_HEADING_CHARS = 200;
/** Below this many letters a block is found by a whole line of the clip, not anywhere in its text. */
const SHORT_KEY = 16;

/** Letters of a block's opening that, found in the clip, make it a copy. */
const COPY_KEY = 40;

/** Han, kana and Hangul say as much in about 2.5 times fewer characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const key = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/** One block of the story's flow noted before Readability. */
export interface FlowBlock {
  /** The element in the copy Readability works on (it may move, rename or drop it). */
  el: Element;
  /** Its text as a comparison key (letters and digits, lowercased). */
  key: string;
  /** A paragraph of at least a sentence, mostly not links: what a gap must lie between. */
  sentence: boolean;
  /**
   * Its own container (its highest ancestor holding neither neighbouring block) holds links or
   * controls besides the block's: a teaser card, a promo or an author box, not the flow. Decided
   * when noted: Readability moves and empties the containers of what it drops.
   */
  boxed: boolean;
}

function isSentence(el: Element, k: string): boolean {
  if (el.nodeName !== 'P') return false;
  const min = CJK.test(k.slice(0, 20)) ? Math.round(MIN_NEIGHBOUR_LETTERS / 2.5) : MIN_NEIGHBOUR_LETTERS;
  return k.length >= min && linkShare(el) < 0.5;
}

/** Notes the flow blocks of `doc`'s body (a clone, after the page rules), in document order; call before Readability. */
export function noteFlowBlocks(doc: Document): FlowBlock[] {
  const body = doc.body;
  if (!body) return [];
  const out: FlowBlock[] = [];
  for (const el of body.querySelectorAll(FLOW)) {
    if (el.parentElement?.closest(INSIDE)) continue;
    // A formula's TeX annotation is not in the clip's text (see block-text.ts): nor in the key.
    const k = key(el.getElementsByTagName('annotation').length ? blockText(el) : (el.textContent ?? ''));
    if (!k) continue;
    out.push({ el, key: k, sentence: isSentence(el, k), boxed: false });
  }
  for (let i = 0; i < out.length; i++) {
    const block = out[i];
    if (block) block.boxed = inLinkedBox(block.el, branchOf(block.el, out[i - 1]?.el ?? null, out[i + 1]?.el ?? null, body));
  }
  return out;
}

function branchOf(el: Element, prev: Element | null, next: Element | null, body: Element): Element {
  let branch = el;
  for (let up = el.parentElement; up && up !== body && !(prev && up.contains(prev)) && !(next && up.contains(next)); up = up.parentElement) branch = up;
  return branch;
}

/** Links and controls: what a box around a block has that the story's flow does not. */
const BOX_PARTS = 'a, button, input, select, textarea';

/** True when `branch` (around `el`) holds links or controls outside `el`. */
function inLinkedBox(el: Element, branch: Element): boolean {
  if (branch === el) return false;
  for (const part of branch.querySelectorAll(BOX_PARTS)) if (!el.contains(part)) return true;
  return false;
}

/** Where the clip's text can be looked up: all of it as one key, its lines as keys, its paragraphs by key. */
interface ClipIndex {
  body: string;
  lines: Set<string>;
  paragraphs: Map<string, Element> | null;
  content: Element;
}

function indexClip(content: Element): ClipIndex {
  const lines = blockText(content).split('\n').map(key).filter(Boolean);
  return { body: lines.join(''), lines: new Set(lines), paragraphs: null, content };
}

function isKept(block: FlowBlock, clip: ClipIndex): boolean {
  // A short text ("Claim", "Origin") is found as a line of its own: anywhere in the text it would
  // match inside a sentence.
  return block.key.length >= SHORT_KEY || block.el.nodeName === 'UL' || block.el.nodeName === 'OL' || block.el.nodeName === 'DL'
    ? clip.body.includes(block.key)
    : clip.lines.has(block.key);
}

/**
 * True when the block repeats text the clip holds: the headline (a site that sets it in an h2), or
 * a paragraph whose opening is already there (a pull quote, a lead video's caption repeated).
 */
function isCopy(block: FlowBlock, clip: ClipIndex, titleKey: string): boolean {
  if (titleKey && block.key.length >= 8 && titleKey.includes(block.key)) return true;
  return block.key.length >= COPY_KEY && clip.body.includes(block.key.slice(0, COPY_KEY));
}

/** The clip's element for a kept paragraph: the noted element itself when Readability kept it, else the paragraph with its text. */
function locate(block: FlowBlock, clip: ClipIndex): Element | null {
  if (clip.content.contains(block.el)) return block.el;
  if (!clip.paragraphs) {
    clip.paragraphs = new Map();
    for (const p of clip.content.querySelectorAll('p')) {
      const k = key(p.textContent ?? '');
      if (k && !clip.paragraphs.has(k)) clip.paragraphs.set(k, p);
    }
  }
  return clip.paragraphs.get(block.key) ?? null;
}

/** True when a dropped block may go back: it has words and is not positively clutter. */
function isRestorable(block: FlowBlock): boolean {
  const el = block.el;
  if (block.boxed || isPositivelyClutter(el)) return false;
  const text = (el.textContent ?? '').trim();
  if (isHeading(el) && text.length > MAX_HEADING_CHARS) return false;
  return !el.querySelector('script, style, iframe, object, embed');
}

const isHeading = (el: Element | undefined): boolean => el !== undefined && /^H[2-6]$/.test(el.nodeName);

/** The blocks of a gap that go back: restorable ones, and headings only when what they head goes back or was kept. */
function restorableRun(run: readonly FlowBlock[]): FlowBlock[] {
  const ok = run.map(isRestorable);
  return run.filter((b, i) => {
    if (!ok[i]) return false;
    // A heading over a dropped box (a link list) is the box's title; the last one heads the next kept paragraph.
    return !isHeading(b.el) || i === run.length - 1 || ok[i + 1] === true;
  });
}

/**
 * Puts back into `content` (Readability's article, in the same document as the notes) the noted
 * blocks it dropped from between two paragraphs it kept (or from a section run leading into its
 * first one), except copies of the headline `title`; returns how many. With `log`, each is reported
 * as kept from Readability.
 */
export function restoreFlowBlocks(content: Element, blocks: readonly FlowBlock[], title = '', log: RemovalLog = null): number {
  if (blocks.length < 2) return 0;
  const titleKey = key(title);
  const clip = indexClip(content);
  const kept = blocks.map((b) => isKept(b, clip));
  let restored = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (kept[i]) continue;
    let j = i;
    while (j < blocks.length && !kept[j]) j++;
    const prev = i > 0 ? blocks[i - 1] : null;
    const next = blocks[j];
    const run = blocks.slice(i, j);
    i = j;
    if (!next?.sentence || (prev && !prev.sentence) || run.length > MAX_GAP_BLOCKS) continue;
    if (run.reduce((n, b) => n + (b.el.textContent ?? '').length, 0) > MAX_GAP_CHARS) continue;
    const back = restorableRun(run).filter((b) => !isCopy(b, clip, titleKey));
    // Above the story's first kept paragraph only a section run that leads into it (a fact box's
    // "Claim … Rating … Origin"): it must end with the heading of that paragraph.
    if (!prev && (back.length === 0 || back[back.length - 1] !== run[run.length - 1] || !isHeading(run[run.length - 1]?.el))) continue;
    const after = locate(next, clip);
    const before = prev ? locate(prev, clip) : null;
    // The two paragraphs in the clip as in the page: the first before the second.
    if (!after || (prev && (!before || !(before.compareDocumentPosition(after) & 4)))) continue;
    for (const block of back) {
      const copy = block.el.cloneNode(true);
      if (!isElement(copy)) continue;
      after.before(copy);
      logRemoval(log, 'readability', block.el, 'in-flow');
      restored++;
    }
  }
  return restored;
}
