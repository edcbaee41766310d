/** A kind of page that is not a single article, as structured data names it. */
export type PageKind = 'forum' | 'product' | 'collection' | 'media';

/** schema.org types (lower case) of one article. */
export const ARTICLE_TYPE =
  /^(?:(?:news|reportagenews|analysisnews|opinionnews|reviewnews|backgroundnews|askpublicnews|satirical|scholarly)?article|(?:blog|liveblog|socialmedia)posting|report)$/;

// Page-level schema.org types that mark a page as something other than an article; the capture
// group that matches picks the kind, in the order of KIND_NAMES.
const KIND_TYPE =
  /^(?:(discussionforumposting|qapage)|(product(?:group)?|(?:aggregate)?offer)|(collectionpage|searchresultspage|itemlist)|(videoobject|(?:image|media|video)gallery))$/;
const KIND_NAMES: readonly PageKind[] = ['forum', 'product', 'collection', 'media'];

/** Lower-case local name of a schema.org type ("https://schema.org/NewsArticle" → "newsarticle"). */
export function typeName(type: string): string {
  return type.replace(/^.*[/:#]/, '').toLowerCase();
}

/** The non-article page kind a schema.org type name stands for, if any. */
export function pageKindOf(name: string): PageKind | undefined {
  const match = KIND_TYPE.exec(name);
  return match ? KIND_NAMES[match.slice(1).findIndex(Boolean)] : undefined;
}
