import { textWeight } from '../text-weight';

/** `<article>` counts: one on an article page, a stack of short ones on a teaser listing. */
export interface ArticleElementSignal {
  count: number;
  /** Outermost `<article>` elements with at least 1,000 weighted characters of text. */
  long: number;
}

/** Count `<article>` elements and how many of the outermost ones are long. */
export function articleElementSignal(doc: Document): ArticleElementSignal {
  const all = doc.querySelectorAll('article');
  let long = 0;
  for (const element of all) if (!element.parentElement?.closest('article') && textWeight(element.textContent ?? '') >= 1000) long++;
  return { count: all.length, long };
}
