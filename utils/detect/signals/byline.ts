// author, sailthru.author, parsely-author, article:author, byl, rel=author, microdata, byline classes.
const AUTHOR =
  'meta[name$="author" i], meta[property$="author" i], meta[name="byl" i], [rel~="author"], [itemprop="author"], [class*="byline" i]';

/** Whether the page names an author (meta, microdata, rel=author or a byline element). */
export function hasByline(doc: Document): boolean {
  return doc.querySelector(AUTHOR) !== null;
}
