/** Headline counts: articles have one main `<h1>`; listings have many headings that are links. */
export interface HeadlineSignal {
  h1: number;
  /** `<h2>`–`<h4>` that hold or sit in a link: teaser titles. */
  linkedHeadings: number;
  headings: number;
}

/** Count main headlines and linked (teaser) headings in the body. */
export function headlineSignal(doc: Document): HeadlineSignal {
  const h1 = doc.querySelectorAll('body h1').length;
  const headings = doc.querySelectorAll('body h2, body h3, body h4');
  let linkedHeadings = 0;
  for (const heading of headings) {
    if (heading.querySelector('a[href]') !== null || heading.closest('a[href]') !== null) linkedHeadings++;
  }
  return { h1, linkedHeadings, headings: headings.length };
}
