/** What the page's JSON-LD says about itself. */
export interface JsonLdSignal {
  /** An article type (NewsArticle, BlogPosting…) describes the page itself. */
  article: boolean;
  /** A type that marks a non-article page (ItemList, CollectionPage, Product, VideoObject…). */
  nonArticle: boolean;
  /** How many article-typed items appear (many means a listing of articles). */
  articleCount: number;
  /** All @type values seen, for debugging. */
  types: string[];
}

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'satiricalarticle', 'scholarlyarticle',
  'techarticle', 'socialmediaposting', 'liveblogposting', 'report', 'review', 'criticreview', 'recipe', 'howto',
]);

// Types that describe the whole page as something other than a single article.
const NON_ARTICLE_TYPES = new Set([
  'itemlist', 'collectionpage', 'searchresultspage', 'product', 'productgroup', 'offer', 'aggregateoffer',
  'videoobject', 'faqpage', 'profilepage', 'qapage', 'discussionforumposting', 'softwareapplication',
  'webapplication', 'mobileapplication', 'event', 'jobposting', 'course', 'service', 'realestatelisting',
  'store', 'localbusiness', 'restaurant', 'hotel', 'contactpage', 'checkoutpage', 'imagegallery', 'mediagallery',
]);

function collectTypes(node: unknown, out: string[], depth: number): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectTypes(item, out, depth + 1);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type') {
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push(v);
    } else if (typeof value === 'object') {
      collectTypes(value, out, depth + 1);
    }
  }
}

/** Read every JSON-LD block and classify the schema.org types it declares. */
export function jsonLdSignal(doc: Document): JsonLdSignal {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent;
    if (!source || source.length > 200_000) continue;
    try {
      collectTypes(JSON.parse(source), types, 0);
    } catch {
      // Broken JSON-LD is common; it simply gives no signal.
    }
  }
  let articleCount = 0;
  let nonArticle = false;
  for (const type of types) {
    const name = type.replace(/^.*[/:]/, '').toLowerCase();
    if (ARTICLE_TYPES.has(name)) articleCount++;
    if (NON_ARTICLE_TYPES.has(name)) nonArticle = true;
  }
  return { article: articleCount > 0, nonArticle, articleCount, types };
}
