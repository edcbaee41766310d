import { linkShare } from '../pre-clean/dom-patterns';

// The content-loss guard: whatever a clutter rule believes, some elements are the story's own text.
// Code and math are kept character-exact (a syntax-highlighting span of "(" is not an end mark), an
// inline element inside a sentence is part of the sentence (a generated class such as "font-serif"
// does not make a link a font tool), and a heading, list or paragraph standing between two body
// paragraphs is the story unless it is positively clutter.

/** Elements whose text is kept as written: code, keyboard input, program output, math. */
export const VERBATIM = 'pre, code, kbd, samp, math';

/** Tags that start a block of text (an inline element's sentence is the nearest of these). */
const BLOCK = /^(?:P|LI|DD|DT|TD|TH|BLOCKQUOTE|H[1-6]|FIGCAPTION|CAPTION|DIV|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|MAIN|BODY|TABLE|UL|OL|DL|FORM|NAV|FIGURE|DETAILS|SUMMARY|ADDRESS|HTML)$/;
/** Blocks that hold running text: an inline element in one of them with other words is in a sentence. */
const PROSE = /^(?:P|DD|BLOCKQUOTE|H[1-6])$/;
/** Blocks the sandwich check keeps: headings, lists and paragraphs. */
const SANDWICHED = /^(?:H[2-6]|UL|OL|P)$/;
/** Widgets are made of controls, not words. */
const CONTROLS = 'button, input, select, textarea, form, iframe';
/** Characters of other text that make a block prose rather than a label holder. */
const MIN_OTHER_TEXT = 12;
/** A body paragraph beside the candidate: a real sentence or more. */
const MIN_NEIGHBOUR_TEXT = 80;
/** A paragraph this short (and not a sentence) between body paragraphs can still be a label. */
const MAX_LABEL_CHARS = 40;

const letters = (text: string): number => text.replace(/[^\p{L}\p{N}]+/gu, '').length;

/** True when `el` is, or is inside, an element whose text is kept verbatim (code, kbd, samp, math). */
export function isVerbatim(el: Element): boolean {
  return el.closest(VERBATIM) !== null;
}

/** Share prompts written into a sentence's block ("Click To Tweet", "Follow us on Twitter @site"): positively clutter. */
const SHARE_PROMPT = /^(?:click to (?:tweet|share|post)|tweet this|share this(?: (?:story|article|post))?|follow us on (?:twitter|x|facebook|instagram|threads|linkedin)(?: @\w+)?)$/i;

/** True when `el` is an inline element inside a prose block that has words besides `el`'s (a share prompt is not). */
export function isInlineInProse(el: Element): boolean {
  if (BLOCK.test(el.nodeName)) return false;
  if (SHARE_PROMPT.test((el.textContent ?? '').replace(/\s+/g, ' ').trim())) return false;
  let block = el.parentElement;
  while (block && !BLOCK.test(block.nodeName)) block = block.parentElement;
  if (!block || !PROSE.test(block.nodeName)) return false;
  return letters(block.textContent ?? '') - letters(el.textContent ?? '') >= MIN_OTHER_TEXT;
}

/** Han, kana and Hangul: such text says as much in about 2.5 times fewer characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function neighbourParagraph(el: Element | null): boolean {
  if (el === null || el.nodeName !== 'P') return false;
  const text = el.textContent ?? '';
  const min = CJK.test(text.slice(0, 40)) ? Math.round(MIN_NEIGHBOUR_TEXT / 2.5) : MIN_NEIGHBOUR_TEXT;
  return letters(text) >= min && linkShare(el) < 0.5;
}

/** True when `el` is a heading, list or paragraph with a body paragraph on both sides. */
export function isBetweenParagraphs(el: Element): boolean {
  return SANDWICHED.test(el.nodeName) && neighbourParagraph(el.previousElementSibling) && neighbourParagraph(el.nextElementSibling);
}

/** True when `el` is a section heading: an h2–h6 that opens a body paragraph (whatever its class says). */
export function isSectionHeading(el: Element): boolean {
  return /^H[2-6]$/.test(el.nodeName) && neighbourParagraph(el.nextElementSibling);
}

/** True when a block is positively clutter: link-dense, made of controls, or a short label. */
export function isPositivelyClutter(el: Element): boolean {
  if (linkShare(el) >= 0.5 || el.querySelector(CONTROLS)) return true;
  const text = (el.textContent ?? '').trim();
  return el.nodeName === 'P' && text.length <= MAX_LABEL_CHARS && !/[.!?。！？]$/u.test(text);
}

/**
 * Why the guard keeps `el` from a removal rule, or null when the rule may remove it. `positive`:
 * the rule removes only what is clutter wherever it sits (hidden text, an edit link), so only the
 * verbatim check applies.
 */
export function guardReason(el: Element, positive = false): string | null {
  // A block holding a formula is never clutter either: removing it would take the formula along.
  if (isVerbatim(el) || el.getElementsByTagName('math').length > 0) return 'verbatim';
  if (positive) return null;
  if (isInlineInProse(el)) return 'inline-in-prose';
  if (isBetweenParagraphs(el) && !isPositivelyClutter(el)) return 'between-paragraphs';
  if (isSectionHeading(el) && !isPositivelyClutter(el)) return 'section-heading';
  return null;
}
