// article:published_time, pubdate, publish-date, sailthru.date, parsely-pub-date, dc.date.issued,
// citation_publication_date, itemprop=datePublished…
const DATE_META =
  'meta[property$="published_time" i], meta[name="date" i], meta[name*="pub" i][name*="date" i], meta[name$=".date" i], meta[name^="dc.date" i], [itemprop="datePublished"]';

/** Whether the page declares when it was published (meta tags or microdata, not JSON-LD). */
export function hasPublishedTime(doc: Document): boolean {
  return doc.querySelector(DATE_META) !== null;
}
