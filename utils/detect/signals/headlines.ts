/** Headline counts: one main `<h1>` on an article; documentation gives headings `#anchor` permalinks. */
export interface HeadlineSignal {
  h1: number;
  /** `<h2>`–`<h4>` that link to an anchor on the same page (permalinks). */
  anchorHeadings: number;
}

/** Whether a heading links elsewhere ('page'), to an anchor on this page ('anchor'), or nowhere. */
export function headingLink(heading: Element): 'page' | 'anchor' | 'none' {
  const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
  if (!link) return 'none';
  return (link.getAttribute('href') ?? '').startsWith('#') ? 'anchor' : 'page';
}

/** Count main headlines and permalink headings in the body. */
export function headlineSignal(doc: Document): HeadlineSignal {
  let anchorHeadings = 0;
  for (const heading of doc.querySelectorAll('body h2, body h3, body h4')) if (headingLink(heading) === 'anchor') anchorHeadings++;
  return { h1: doc.querySelectorAll('body h1').length, anchorHeadings };
}
