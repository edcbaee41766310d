// The canonical URL is the library's identity key, so two visits to the same story must agree:
// tracking parameters and fragments go, and AMP pages point at their canonical page.

/** Query parameters that only track the visit; exact names and prefixes. */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'igsh',
  'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'ref_src', 'ref_url', 'cmpid',
  'ncid', 'ocid', 'spm', 'scm', 'share', 'si', 'ito', 'src_type', 'cid_source', 'fromurl', 'wt_mc',
  'amp', 'outputtype', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'soc_src',
  'soc_trk', 'trk', 'trkcampaign', 'at_medium', 'at_campaign', 'at_custom1', 'rss', 'feature',
]);
const TRACKING_PREFIX = ['utm_', 'pk_', 'mtm_', 'hmb_', 'at_', 'ga_', 'vero_', 'oly_'];

/** Parses `href` against `base`, returning null for unparsable or non-http(s) URLs. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_EXACT.has(lower) || TRACKING_PREFIX.some((p) => lower.startsWith(p));
}

/** Drops tracking parameters, the fragment and a default port; keeps everything that names content. */
export function normalizeUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  if ((url.protocol === 'https:' && url.port === '443') || (url.protocol === 'http:' && url.port === '80')) {
    url.port = '';
  }
  return url.href;
}

/** True when the URL looks like an AMP rendition (`/amp/`, `.amp`, `amp.` host, `?amp`). */
export function isAmpUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return (
      /(^|\/)amp(\/|$)|\.amp(\.html?)?$|\/amp\.html?$/i.test(url.pathname) ||
      /^amp\./i.test(url.hostname) ||
      url.searchParams.has('amp') ||
      url.searchParams.get('outputType') === 'amp'
    );
  } catch {
    return false;
  }
}

/** Best-effort AMP → canonical rewrite for AMP URLs whose page names no canonical. */
function stripAmp(href: string): string {
  const url = new URL(href);
  url.hostname = url.hostname.replace(/^amp\./i, 'www.');
  url.pathname = url.pathname
    .replace(/\/amp(\/|$)/i, '/')
    .replace(/\.amp(\.html?)?$/i, (_m, ext: string | undefined) => ext ?? '')
    .replace(/\/amp\.html?$/i, '/');
  url.searchParams.delete('amp');
  if (url.searchParams.get('outputType') === 'amp') url.searchParams.delete('outputType');
  return url.href;
}

function hasQuery(href: string): boolean {
  try {
    return new URL(href).search.length > 1;
  } catch {
    return false;
  }
}

function pathOf(href: string): string {
  try {
    return new URL(href).pathname;
  } catch {
    return '/';
  }
}

/**
 * Chooses and normalizes the page's canonical URL: `<link rel=canonical>`, then `og:url`, then the
 * page URL. A declared canonical that points to a site's front page from an article path is a
 * CMS default, not the article's identity, and is ignored.
 */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i], meta[name="og:url" i]')?.getAttribute('content'),
  ];
  const pagePath = pathOf(pageUrl);
  for (const candidate of candidates) {
    const abs = absoluteUrl(candidate, pageUrl);
    if (!abs) continue;
    const path = pathOf(abs);
    if (path === '/' && (pagePath !== '/' || hasQuery(pageUrl)) && !hasQuery(abs)) continue;
    return normalizeUrl(abs);
  }
  const fallback = normalizeUrl(pageUrl);
  return isAmpUrl(fallback) ? normalizeUrl(stripAmp(fallback)) : fallback;
}
