import { removeAll, type PreCleanRule } from './rule';

// Site navigation, the site header and the site footer frame every page. Headers that carry the
// story's headline (article headers) stay; so does anything holding most of the page's paragraphs.

function holdsHeadline(el: Element): boolean {
  for (const h of el.querySelectorAll('h1, h2')) {
    const text = (h.textContent ?? '').trim();
    const linked = [...h.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
    if (text.length >= 8 && linked < text.length * 0.8) return true;
  }
  return false;
}

function holdsStory(el: Element, doc: Document): boolean {
  const total = doc.body?.querySelectorAll('p').length ?? 0;
  const inside = el.querySelectorAll('p').length;
  return inside >= 5 && inside > total * 0.5;
}

/** Removes navigation, the site header/banner and the site footer/contentinfo. */
export function removePageChrome(doc: Document): number {
  const out: Element[] = [];
  for (const el of doc.querySelectorAll('nav, [role="navigation"], [role="menubar"], [role="search"], menu')) {
    if (!holdsStory(el, doc)) out.push(el);
  }
  for (const el of doc.querySelectorAll('header, [role="banner"]')) {
    if (el.closest('article, main, [role="main"], [itemprop="articleBody"]') && !el.matches('[role="banner"]')) continue;
    if (holdsHeadline(el) || holdsStory(el, doc)) continue;
    out.push(el);
  }
  for (const el of doc.querySelectorAll('footer, [role="contentinfo"]')) {
    if (holdsStory(el, doc)) continue;
    out.push(el);
  }
  return removeAll(out);
}

/** The named rule. */
export const removePageChromeRule: PreCleanRule = { name: 'remove-page-chrome', apply: removePageChrome };
