/** A kind of page that is not a single article, as structured data names it. */
export type PageKind = 'forum' | 'product' | 'collection' | 'media';

/** schema.org types (lower case) of one article. */
export const ARTICLE_TYPE =
  /^(?:(?:news|reportagenews|analysisnews|opinionnews|reviewnews|backgroundnews|askpublicnews|satirical|scholarly)?article|(?:blog|liveblog|socialmedia)posting|report)$/;

// Page-level schema.org types that mark a page as something other than an article.
const KINDS: Record<string, PageKind> = {
  discussionforumposting: 'forum',
  qapage: 'forum',
  product: 'product',
  productgroup: 'product',
  offer: 'product',
  aggregateoffer: 'product',
  collectionpage: 'collection',
  searchresultspage: 'collection',
  itemlist: 'collection',
  videoobject: 'media',
  imagegallery: 'media',
  mediagallery: 'media',
  videogallery: 'media',
};

/** Lower-case local name of a schema.org type ("https://schema.org/NewsArticle" → "newsarticle"). */
export function typeName(type: string): string {
  return type.replace(/^.*[/:#]/, '').toLowerCase();
}

/** The non-article page kind a schema.org type name stands for, if any. */
export function pageKindOf(name: string): PageKind | undefined {
  return Object.hasOwn(KINDS, name) ? KINDS[name] : undefined;
}
