/** What the URL's path suggests, without knowing any site. */
export interface UrlShapeSignal {
  /** The site root or a bare language prefix: a homepage. */
  root: boolean;
  /** Words in the longest slug-like segment ("why-the-fed-cut-rates" → 5). */
  slugWords: number;
  /** A date (/2024/05/, 20240517), a long numeric id, or an id query (?idxno=12345): typical of stories. */
  dated: boolean;
  /** Listing words (tag, category, search, page/2…) in the path or query. */
  listing: boolean;
  /** The kind of page the path's words name, if any. */
  kind: 'story' | 'other' | '';
}

const LISTING = /\/(tags?|category|categories|topics?|section|search|archives?|authors?|collections?|labels?|page)(\/|$)|[?&](q|s|query|search|page|tag|category)=/i;
const DATED = /\/(19|20)\d\d[/-][01]?\d([/-]|$)|\/(19|20)\d\d[01]\d[0-3]\d|\d{6,}|[?&][a-z_]*(id|no|idx|seq)[a-z_]*=\d{4,}/i;
// Path words shared by CMSes, forum engines and help/service sites: story sections versus
// documentation, forum threads and service pages.
const STORY = /^(news|articles?|articleview|newsview|story|stories|blogs?|posts?|press|opinions?|columns?|editorials?|magazine|interviews?|entry|entries)$/;
const OTHER =
  /^(docs?|documentation|reference|api|manual|wiki|support|help|kb|handbook|glossary|userguide|tutorials?|faqs?|forums?|threads?|t|d|questions?|discussions?|community|viewtopic|showthread|boards?|answers|comments|services?|solutions?|pricing|plans|what-we-do|expertise|industries|programs?|courses?|training|tuition|contact|about|careers?)$/;

/** Classify a URL's path; an absent or unparsable URL gives neutral values. */
export function urlShapeSignal(url: string | undefined): UrlShapeSignal {
  const shape: UrlShapeSignal = { root: false, slugWords: 0, dated: false, listing: false, kind: '' };
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return shape;
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '' && !/^index\.\w+$/i.test(s));
  shape.root = segments.length === 0 || (segments.length === 1 && /^[a-z]{2}([-_][a-z]{2})?$/i.test(segments[0] ?? ''));
  shape.dated = DATED.test(parsed.pathname + parsed.search);
  shape.listing = LISTING.test(parsed.pathname + parsed.search);
  // The deepest word that names a kind is the most specific (/about/blog/… is a blog).
  for (const segment of segments) {
    let word = segment;
    try {
      word = decodeURIComponent(segment);
    } catch {
      // Keep the raw segment.
    }
    word = word.toLowerCase().replace(/\.\w{2,5}$/, '');
    shape.slugWords = Math.max(shape.slugWords, word.split(/[-_+]+/).filter((w) => /\p{L}/u.test(w)).length);
    if (STORY.test(word)) shape.kind = 'story';
    else if (OTHER.test(word)) shape.kind = 'other';
  }
  return shape;
}
