import { collapseSpace } from '../text';

// Shared matching helpers for pre-clean rules: class/id words, short label text, and a guard that
// keeps a rule from removing the story itself (a wrapper whose class happens to say "share").

/** Attributes that name a component besides class and id (`data-area="paywall_promo"`). */
const NAME_ATTRS = ['data-component', 'data-module', 'data-area', 'data-type', 'data-testid', 'data-role', 'data-block', 'data-widget'];

/** Class, id and component-naming data attributes of an element. */
function rawNames(el: Element): string {
  let raw = `${el.getAttribute('class') ?? ''} ${el.id}`;
  for (const attr of NAME_ATTRS) {
    const value = el.getAttribute(attr);
    if (value) raw += ` ${value}`;
  }
  return raw;
}

/** Lowercased words of an element's class and id ("articleShare_bar" → article, share, bar). */
export function nameWords(el: Element): string[] {
  const raw = rawNames(el);
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The raw class + id string, lowercased (for patterns that span words, like "div-gpt-ad"). */
export function nameString(el: Element): string {
  return rawNames(el).toLowerCase();
}

/** True when any class/id word is in `words`. */
export function hasNameWord(el: Element, words: ReadonlySet<string>): boolean {
  return nameWords(el).some((w) => words.has(w));
}

/** Collapsed text of an element. */
export function textOf(el: Element): string {
  return collapseSpace(el.textContent ?? '');
}

/** The element's label: its first heading, or its first short leading text, collapsed. */
export function labelOf(el: Element): string {
  const text = textOf(el);
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6, [class*="title" i], [class*="tit" i], [class*="head" i], strong, b, legend, caption');
  const fromHeading = heading ? textOf(heading) : '';
  // Only a heading at the start labels the box; one further down labels a later part.
  if (fromHeading && fromHeading.length <= 80 && text.indexOf(fromHeading) <= 20) return fromHeading;
  return text.slice(0, 80);
}

/** Characters of paragraph-like text in the whole document (the size of "the story"). */
export function storySize(doc: Document): number {
  let n = 0;
  for (const p of doc.querySelectorAll('p')) n += (p.textContent ?? '').length;
  return n;
}

/**
 * True when `el` holds a large part of the page's paragraph text: such an element is (or wraps) the
 * story, so no clutter rule may remove it whatever its class says.
 */
export function holdsStory(el: Element, total: number): boolean {
  if (el.matches('html, body, main, [role="main"], [itemprop="articleBody"]')) return true;
  if (total <= 0) return false;
  let inside = 0;
  for (const p of el.querySelectorAll('p')) inside += (p.textContent ?? '').length;
  return inside > total * 0.35 && inside > 300;
}

/** Share of an element's text that sits inside links (0..1). */
export function linkShare(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, linked / total);
}
