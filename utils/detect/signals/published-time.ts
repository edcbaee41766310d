const DATE_META = [
  'meta[property="article:published_time" i]',
  'meta[property="og:article:published_time" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="date" i]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish-date" i]',
  'meta[name="sailthru.date" i]',
  'meta[name="parsely-pub-date" i]',
  'meta[name="dc.date.issued" i]',
  'meta[name="citation_publication_date" i]',
  '[itemprop="datePublished"]',
].join(', ');

/** Whether the page declares when it was published (meta tags or microdata, not JSON-LD). */
export function hasPublishedTime(doc: Document): boolean {
  return doc.querySelector(DATE_META) !== null;
}

/** How many `<time>` elements the body holds: one or two on an article, dozens on a listing. */
export function timeElementCount(doc: Document): number {
  return doc.querySelectorAll('body time').length;
}
