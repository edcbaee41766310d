import type { ScanContext } from './scan-context';

// Shared matching helpers for pre-clean rules: short label text, link share, and a guard that keeps
// a rule from removing the story itself (a wrapper whose class happens to say "share").

const wordPatterns = new WeakMap<ReadonlySet<string>, RegExp>();

/** The regex that finds any of `words` as a whole word in a names string (made once per set). */
export function nameWordPattern(words: ReadonlySet<string>): RegExp {
  let re = wordPatterns.get(words);
  if (!re) {
    // One regex per word set: testing a names string is cheaper than splitting it into a set per
    // element. The boundary before the word is a lookbehind, which the regex engine scans for faster
    // than an alternation with the start of the string.
    const alternatives = [...words].map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean);
    re = new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`);
    wordPatterns.set(words, re);
  }
  return re;
}

const tokenPatterns = new WeakMap<RegExp, RegExp>();

/**
 * `names` anchored to whole name tokens (an optional plural "s" allowed): "author-?bio" matches
 * "author-bio", "authorBio" and "author_bios", never "coauthor-biography". Names strings split
 * tokens at "-", "_", spaces and camelCase (see ScanContext.names).
 */
export function nameTokenPattern(names: RegExp): RegExp {
  let re = tokenPatterns.get(names);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9])(?:${names.source})s?(?![a-z0-9])`, names.flags.replace('g', ''));
    tokenPatterns.set(names, re);
  }
  return re;
}

/** True when any name word of `el` (class/id split at non-letters and camelCase) is in `words`. */
export function hasNameWord(ctx: ScanContext, el: Element, words: ReadonlySet<string>): boolean {
  const names = ctx.names(el);
  return names !== '' && nameWordPattern(words).test(names);
}

/** The element's label: the text it opens with (a heading, a caption or its first words). */
export function labelOf(ctx: ScanContext, el: Element): string {
  return ctx.leading(el);
}

/**
 * True when `el` holds a large part of the page's paragraph text: such an element is (or wraps) the
 * story, so no clutter rule may remove it whatever its class says.
 */
export function holdsStory(ctx: ScanContext, el: Element): boolean {
  if (el.matches('html, body, main, [role="main"], [itemprop="articleBody"]')) return true;
  const total = ctx.storyChars();
  const inside = ctx.paragraphChars(el);
  return total > 0 && inside > total * 0.35 && inside > 300;
}

/** Share of an element's text that sits inside links (0..1). */
export function linkShare(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, linked / total);
}

/** Elements of the scan with one of the given tag names (uppercase), still attached, with at most `maxRaw` raw text characters. */
export function smallElements(ctx: ScanContext, tags: ReadonlySet<string>, maxRaw: number): Element[] {
  return ctx.elements.filter((el) => tags.has(el.nodeName) && ctx.textLength(el) <= maxRaw && ctx.attached(el));
}

/** Upper bound of raw characters for an element whose collapsed text may be up to `chars` long. */
export function rawBound(chars: number): number {
  return chars * 3 + 200;
}

/** Text of a small element with a space between its text nodes ("<li>공유</li><li>인쇄</li>" → "공유 인쇄"). */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
