import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Site navigation, the site header and the site footer frame every page. Headers that carry the
// story's headline (article headers) stay; so does anything holding most of the page's paragraphs.

function holdsHeadline(el: Element): boolean {
  for (const h of el.querySelectorAll('h1, h2')) {
    const text = (h.textContent ?? '').trim();
    let linked = 0;
    for (const a of h.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
    if (text.length >= 8 && linked < text.length * 0.8) return true;
  }
  return false;
}

function holdsParagraphs(ctx: ScanContext, el: Element): boolean {
  const inside = ctx.paragraphChars(el);
  return inside > 500 && inside > ctx.storyChars() * 0.5;
}

/** Breadcrumb trails: by name, or text like "홈 > 알림소식 > 보도자료" / "Home › News › World". */
const CRUMB_NAMES = /(?:^|[\s_-])(?:breadcrumbs?|crumbs?|location|navi?_?path|path_?nav|page-?path|sub_location)(?:$|[\s_-])/i;
/** Cheap first test before the whole-word pattern (most names mention none of these). */
const CRUMB_HINT = /crumb|locat|path/i;
const CRUMB_TEXT = /^(?:home|홈|首页|首頁|ホーム|トップ|accueil|startseite|inicio)\s*[>›»/|]\s*\S.{0,80}$/iu;

function isBreadcrumb(ctx: ScanContext, el: Element): boolean {
  if (ctx.textLength(el) > 300) return false;
  const text = ctx.text(el);
  return text.length <= 120 && (CRUMB_NAMES.test(ctx.names(el)) || CRUMB_TEXT.test(text)) && !el.querySelector('p, h1, h2');
}

/** Landmark roles by the part of the page chrome they stand for. */
const NAV_ROLES = new Set(['navigation', 'menubar', 'search']);

/** Removes navigation, the site header/banner, the site footer/contentinfo and breadcrumb trails. */
export function removePageChrome(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  // Tag collections and one-selector queries: a selector list costs several times more in browsers.
  const navs: Element[] = [...ctx.root.getElementsByTagName('nav'), ...ctx.root.getElementsByTagName('menu')];
  const headers: Element[] = [...ctx.root.getElementsByTagName('header')];
  const footers: Element[] = [...ctx.root.getElementsByTagName('footer')];
  const crumbs: Element[] = [...ctx.root.querySelectorAll('[aria-label*="breadcrumb" i]')];
  for (const el of ctx.root.querySelectorAll('[role]')) {
    const role = el.getAttribute('role') ?? '';
    if (NAV_ROLES.has(role)) navs.push(el);
    if (role === 'banner') headers.push(el);
    if (role === 'contentinfo') footers.push(el);
  }
  const out: Element[] = [];
  for (const el of navs) if (!holdsParagraphs(ctx, el)) out.push(el);
  for (const el of headers) {
    if (el.closest('article, main, [role="main"], [itemprop="articleBody"]') && el.getAttribute('role') !== 'banner') continue;
    if (holdsHeadline(el) || holdsParagraphs(ctx, el)) continue;
    out.push(el);
  }
  // A footer inside a quote or figure is its attribution ("— Karl-Heinz Bremer, Pro Schiene"), not the site's.
  for (const el of footers) if (!holdsParagraphs(ctx, el) && !el.parentElement?.closest('blockquote, figure')) out.push(el);
  for (const el of ctx.named) if (CRUMB_HINT.test(ctx.rawNames(el)) && CRUMB_NAMES.test(ctx.names(el))) crumbs.push(el);
  for (const el of crumbs) if (isBreadcrumb(ctx, el)) out.push(el);
  return removeAll(ctx, out);
}

/** The named rule. */
export const removePageChromeRule: PreCleanRule = { name: 'remove-page-chrome', apply: removePageChrome };
