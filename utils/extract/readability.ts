import { Readability } from '@mozilla/readability';
import { hasChars, isMostlyCjk, textSample } from './text';
import { isHtmlElement } from './dom-guards';

// Readability decides "long enough" by character counts tuned on alphabetic text: 500 characters is
// a short English article but a full Korean, Japanese or Chinese one (roughly 2.5× denser). CJK pages
// therefore get a proportionally lower threshold, so short CJK stories are not rejected or retried
// with looser flags (which pulls in clutter).

/** What the Readability stage hands on: the article element (in the same document) and its guesses. */
export interface ReadabilityResult {
  content: HTMLElement;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** Readability options for a document: CJK-aware `charThreshold`, elements kept as nodes. */
export function readabilityOptions(doc: Document): { charThreshold: number; keepClasses: boolean } {
  const sample = textSample(doc);
  return { charThreshold: isMostlyCjk(sample) ? 200 : 500, keepClasses: true };
}

/** Runs Readability on `doc` (which it mutates) and returns the article element, or null. */
export function runReadability(doc: Document): ReadabilityResult | null {
  const options = readabilityOptions(doc);
  // The serializer returns the element itself: no HTML round trip, and later stages work on nodes.
  const reader = new Readability<HTMLElement | null>(doc, {
    ...options,
    serializer: (node: Node) => (isHtmlElement(node) ? node : null),
  });
  const parsed = reader.parse();
  const content = parsed?.content;
  if (!parsed || !content || !hasChars(content.textContent ?? '')) return null;
  return {
    content,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
  };
}
