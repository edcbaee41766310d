import { textWeight } from '../text-weight';

/** `<article>` counts: one on an article page, dozens of short ones on a teaser listing. */
export interface ArticleElementSignal {
  count: number;
  /** `<article>` elements with at least 1,000 weighted characters of text. */
  long: number;
}

/** Count `<article>` elements and how many of them are long (outermost ones only). */
export function articleElementSignal(doc: Document): ArticleElementSignal {
  const all = doc.querySelectorAll('article');
  let long = 0;
  for (const element of all) {
    if (element.parentElement?.closest('article')) continue;
    if (textWeight(element.textContent ?? '') >= 1000) long++;
  }
  return { count: all.length, long };
}
