import { indexPage, type PageIndex } from '../page-index';
import { isElement } from '../dom-guards';

// The title is the headline the reader sees. Meta titles often carry a site suffix
// ("Headline - Site", "Headline : 네이버 뉴스") or are stale SEO variants, so the visible headline wins
// when it agrees with a metadata title; otherwise the cleanest metadata title is used. A kicker
// inside the headline element ("Warnstreik im Nahverkehr" above the headline) is not the title.

/** Normalized form for comparing titles: letters and digits only, lowercased. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Collapses whitespace but keeps the ideographic space (U+3000) Japanese headlines use. */
function tidy(text: string): string {
  return text.replace(/[ \t\n\r\f\v\u00a0\u200b]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Removes a trailing or leading " | Site", " - Site", " : Site" part from a title. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  let t = tidy(title);
  // "Headline-Site" with no spaces around the separator, when the site is known.
  if (siteName && t.length > siteName.length + 4 && t.endsWith(siteName)) {
    const head = t.slice(0, -siteName.length);
    if (/[-_|–—:·•»｜]\s*$/u.test(head)) t = head.replace(/\s*[-_|–—:·•»｜]+\s*$/u, '');
  }
  const seps = /\s+[|\-–—:·•»/]\s+|\s*[|｜]\s*|\s+::\s+|\s*_\s+/u;
  const parts = t.split(seps);
  if (parts.length < 2) return t;
  const site = siteName ? key(siteName) : '';
  if (site) {
    const kept = parts.filter((p) => {
      const k = key(p);
      return k && !(k === site || (k.length <= site.length + 4 && (k.includes(site) || site.includes(k))));
    });
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
  }
  // Without a known site name, drop the shortest last part when the first part is much longer.
  const first = parts[0] ?? t;
  const last = parts[parts.length - 1] ?? '';
  if (parts.length === 2 && first.length >= 3 * last.length && last.length <= 30) return first;
  return t;
}

/** Class patterns of headline elements; the first group marks "strong" (unmistakable) headlines. */
const STRONG_CLASS = /article-?title|articletitle|news_?title|view_?tit|tit_?view|entry-title|post-title/;
const HEADING_CLASS = /title|headline/;
const WEAK_CLASS = /headline|subject/;
/** Matches per group worth looking at: headlines come early, lists of teasers later. */
const PER_GROUP = 4;

/** Parts of a headline element that are not the headline. */
const KICKER = /(?:^|[\s_-])(?:top-?line|kicker|dachzeile|overline|eyebrow|rubric|label|category|surtitle|flag|badge|prefix|section|blind|sr-only|screen-reader-text|visually-hidden)(?:$|[\s_-])/i;

/** The headline text of an element, without kicker/label children. */
function headlineText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (isElement(child)) {
        const element = child;
        if (element.matches('small, script, style') || KICKER.test(element.getAttribute('class') ?? '')) continue;
        walk(element);
      }
    }
  };
  walk(el);
  return tidy(parts.join(''));
}

/** A visible headline and whether it came from an unmistakable headline element. */
export interface HeadlineCandidate {
  text: string;
  strong: boolean;
}

/**
 * Headline elements in priority order, each group in document order. Groups are looked up only when
 * reached: the strong ones usually settle the title.
 */
function headlineGroups(doc: Document, index: PageIndex): [() => Element[], boolean][] {
  let h1s: Element[] | null = null;
  const allH1 = (): Element[] => (h1s ??= [...doc.getElementsByTagName('h1')]);
  return [
    [() => index.itemprop('headline'), true],
    [() => allH1().filter((h) => h.closest('article, main, [role="main"]')), true],
    [() => allH1().filter((h) => /title|headline|tit/i.test(h.getAttribute('class') ?? '')), true],
    [allH1, true],
    [() => index.byClass(STRONG_CLASS), true],
    [() => index.byClass(HEADING_CLASS).filter((el) => el.nodeName === 'H2' || el.nodeName === 'H3'), false],
    [() => [...doc.getElementsByTagName('h2')], false],
    [() => index.byClass(WEAK_CLASS), false],
    [() => index.byClass(/title/).filter((el) => el.nodeName === 'DIV'), false],
  ];
}

/** Visible headline candidates in priority order, outside navigation, logos and lists. */
export function headlineCandidates(doc: Document, index: PageIndex = indexPage(doc), strongOnly = false): HeadlineCandidate[] {
  const out: HeadlineCandidate[] = [];
  const seen = new Set<Element>();
  for (const [group, strong] of headlineGroups(doc, index)) {
    if (strongOnly && !strong) break;
    let taken = 0;
    for (const el of group()) {
      if (taken >= PER_GROUP) break;
      if (seen.has(el)) continue;
      seen.add(el);
      if (el.childElementCount > 8 || el.matches('meta, title, link, script, body, html')) continue;
      if (el.closest('nav, footer, aside, [role="navigation"], [class*="logo" i], li, a[href="/"]')) continue;
      const text = headlineText(el);
      if (text.length < 4 || text.length > 300) continue;
      out.push({ text, strong });
      taken++;
      if (out.length >= 20) return out;
    }
  }
  return out;
}

/** Meta titles by source: structured (og/JSON-LD/twitter) and the document `<title>`. */
export interface MetaTitles {
  structured: (string | null | undefined)[];
  document: string | null | undefined;
}

/** The visible headline that agrees with a metadata title, or null (see chooseTitle). */
export function matchVisibleTitle(titles: MetaTitles, visible: HeadlineCandidate[], siteName: string | null): string | null {
  const structured = titles.structured.filter((t): t is string => Boolean(t && t.trim())).map(tidy);
  const all = [...structured, ...(titles.document ? [tidy(titles.document)] : [])];
  const stripped = all.map((m) => key(stripSiteSuffix(m, siteName))).filter(Boolean);
  const full = all.map(key);
  for (const v of visible) {
    const k = key(v.text);
    if (k.length < 4) continue;
    if (stripped.includes(k)) return v.text;
    // A meta title that adds a kicker or a site name around the visible headline.
    if (full.some((m) => (m.startsWith(k) || m.endsWith(k)) && k.length >= 0.4 * m.length)) return v.text;
  }
  for (const v of visible) {
    const k = key(v.text);
    if (k.length >= 8 && stripped.some((m) => m.length >= 8 && (m.includes(k) || k.includes(m)) && Math.min(m.length, k.length) >= 0.5 * Math.max(m.length, k.length))) return v.text;
  }
  return null;
}

/**
 * Chooses the article title: a visible headline that agrees with a metadata title; else the first
 * structured meta title without site suffix; else a strong visible headline when the `<title>` does
 * not mention it (board pages title themselves "보도자료 - 알림소식"); else the `<title>`.
 */
export function chooseTitle(titles: MetaTitles, visible: HeadlineCandidate[], siteName: string | null): string {
  const matched = matchVisibleTitle(titles, visible, siteName);
  if (matched) return matched;
  const structured = titles.structured.filter((t): t is string => Boolean(t && t.trim())).map(tidy);
  const meta = structured[0];
  if (meta) return stripSiteSuffix(meta, siteName);
  const strong = visible.find((v) => v.strong && key(v.text).length >= 6);
  const documentTitle = titles.document ? tidy(titles.document) : '';
  if (strong && !key(documentTitle).includes(key(strong.text))) return strong.text;
  if (documentTitle) return stripSiteSuffix(documentTitle, siteName);
  return visible[0]?.text ?? '';
}
