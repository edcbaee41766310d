import { collapseSpace } from '../text';

// The title is the headline the reader sees. Meta titles often carry a site suffix
// ("Headline - Site", "Headline : 네이버 뉴스") or are stale SEO variants, so the visible headline wins
// when it agrees with any metadata title; otherwise the cleanest metadata title is used.

/** Normalized form for comparing titles: letters and digits only, lowercased. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Removes a trailing or leading " | Site", " - Site", " : Site" part from a title. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const t = collapseSpace(title);
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

/** Headline elements a page may use, most specific first. */
const HEADLINE_SELECTOR = [
  '[itemprop~="headline" i]', 'article h1', 'main h1', 'h1[class*="title" i]', 'h1[class*="headline" i]',
  'h1[class*="tit" i]', 'h1', 'h2[class*="title" i]', 'h2[class*="headline" i]', 'h3[class*="title" i]',
  '[class*="headline" i]', '[class*="article-title" i]', '[class*="articleTitle" i]', '[class*="news_title" i]',
  '[class*="view_tit" i]', '[class*="tit_view" i]', '[class*="title" i]',
].join(',');

/** Visible headline candidates: text of headline-like elements outside navigation and boilerplate. */
export function headlineCandidates(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll(HEADLINE_SELECTOR)) {
    if (el.closest('nav, footer, aside, [role="navigation"], a[href="/"], [class*="logo" i], li')) continue;
    if (el.matches('meta, title, link, script')) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text.length < 4 || text.length > 300) continue;
    out.push(text);
    if (out.length >= 12) break;
  }
  return out;
}

/**
 * Chooses the article title: a visible headline that agrees with a metadata title, else the first
 * metadata title with its site suffix removed, else the first visible headline.
 */
export function chooseTitle(metaTitles: (string | null | undefined)[], visible: string[], siteName: string | null): string {
  const metas = metaTitles.filter((t): t is string => Boolean(t && t.trim())).map(collapseSpace);
  const metaKeys = metas.map((m) => key(stripSiteSuffix(m, siteName))).filter(Boolean);
  const fullKeys = metas.map(key);
  for (const v of visible) {
    const k = key(v);
    if (k.length < 4) continue;
    if (metaKeys.some((m) => m === k) || fullKeys.some((m) => m.startsWith(k) || m.endsWith(k))) return v;
  }
  // A visible headline close to a meta title (SEO titles add or trim a few words).
  for (const v of visible) {
    const k = key(v);
    if (k.length >= 8 && metaKeys.some((m) => m.length >= 8 && (m.includes(k) || k.includes(m)))) return v;
  }
  const meta = metas[0];
  if (meta) return stripSiteSuffix(meta, siteName);
  return visible[0] ?? '';
}
