const AUTHOR = [
  'meta[name="author" i]',
  'meta[property="article:author" i]',
  'meta[name="byl" i]',
  'meta[name="sailthru.author" i]',
  'meta[name="parsely-author" i]',
  'a[rel~="author"]',
  '[itemprop="author"]',
  '[class*="byline" i]',
].join(', ');

/** Whether the page names an author (meta, microdata, rel=author or a byline element). */
export function hasByline(doc: Document): boolean {
  return doc.querySelector(AUTHOR) !== null;
}
