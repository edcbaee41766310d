/** What the URL's path suggests, without knowing any site. */
export interface UrlShapeSignal {
  /** The site root or a bare language prefix: a homepage. */
  root: boolean;
  /** Path segments. */
  depth: number;
  /** Words in the longest slug-like segment ("why-the-fed-cut-rates" → 5). */
  slugWords: number;
  /** A date (/2024/05/ or 20240517) or a long numeric id in the path or an id query: typical of stories. */
  dated: boolean;
  /** Listing words (tag, category, search, page/2…) in the path or query. */
  listing: boolean;
  /** Which kind of page the path's words name, if any (news/blog, docs, forum, shop, service). */
  kind: 'story' | 'docs' | 'forum' | 'shop' | 'service' | '';
}

const LISTING = /\/(tags?|category|categories|topics?|section|search|archives?|authors?|collections?|labels?|page)(\/|$)|[?&](q|s|query|search|page|tag|category)=/i;
const DATED = /\/(19|20)\d{2}[/-][01]?\d([/-]|$)|\/(19|20)\d{2}[01]\d[0-3]\d|\d{6,}|[?&][a-z_]*(id|no|idx|seq)[a-z_]*=\d{4,}/i;

// Conventions shared by CMSes, forum engines and shop platforms; one word decides the kind, the
// deepest match wins because it is the most specific (/about/blog/… is a blog).
const KINDS: ReadonlyArray<[UrlShapeSignal['kind'], RegExp]> = [
  ['story', /^(news|articles?|articleview|newsview|story|stories|blogs?|posts?|press|opinions?|columns?|editorials?|magazine|interviews?|entry|entries)$/],
  ['docs', /^(docs?|documentation|reference|api|manual|wiki|support|help|kb|handbook|glossary|userguide|tutorials?|faqs?)$/],
  ['forum', /^(forums?|threads?|t|d|questions?|discussions?|community|viewtopic|showthread|boards?|answers|comments)$/],
  ['shop', /^(products?|shop|store|collections?|catalog|items?|p|dp|buy|cart|sku)$/],
  ['service', /^(services?|solutions?|pricing|plans|what-we-do|expertise|industries|programs?|courses?|training|tuition|contact|about|careers?)$/],
];

function kindOf(segments: readonly string[]): UrlShapeSignal['kind'] {
  for (let i = segments.length - 1; i >= 0; i--) {
    const word = (segments[i] ?? '').toLowerCase().replace(/\.\w{2,5}$/, '');
    for (const [kind, pattern] of KINDS) if (pattern.test(word)) return kind;
  }
  return '';
}

/** Classify a URL's path; an absent or unparsable URL gives neutral values. */
export function urlShapeSignal(url: string | undefined): UrlShapeSignal {
  const neutral: UrlShapeSignal = { root: false, depth: 1, slugWords: 0, dated: false, listing: false, kind: '' };
  if (!url) return neutral;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return neutral;
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '' && !/^index\.\w+$/i.test(s));
  const root = segments.length === 0 || (segments.length === 1 && /^[a-z]{2}([-_][a-z]{2})?$/i.test(segments[0] ?? ''));
  let slugWords = 0;
  for (const segment of segments) {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // Keep the raw segment.
    }
    const words = decoded.replace(/\.\w{2,5}$/, '').split(/[-_+]+/).filter((w) => /\p{L}/u.test(w)).length;
    slugWords = Math.max(slugWords, words);
  }
  return {
    root,
    depth: segments.length,
    slugWords,
    dated: DATED.test(parsed.pathname + parsed.search),
    listing: LISTING.test(parsed.pathname + parsed.search),
    kind: kindOf(segments),
  };
}
