import { isDocumentNode } from './dom-guards';
import { runReadability } from './readability';
import { storyRegion } from './story-region';
import { countChars } from './text';

// The pipeline's cleaning can misjudge broken pages (a mobile page whose whole body sits in a heading
// after stray closing tags) and leave nothing, where a reader plainly sees a story. Then the clip
// falls back: first Readability's own result on an untouched copy of the page, then the page's story
// region (the element holding nearly all its paragraph text). The clip's confidence says so.

/** Where a fallback clip came from. */
export type FallbackSource = 'readability' | 'region';

/** A fallback article body (an element of a fresh copy of the page) and its source. */
export interface FallbackResult {
  content: HTMLElement;
  source: FallbackSource;
}

/** A clip this short, and under a fifth of the page's paragraph text, counts as "found little". */
const LITTLE_CHARS = 300;
const LITTLE_SHARE = 0.2;

/** True when the pipeline's body (`chars`) is too little for a page with `pageParagraphChars` of paragraph text. */
export function foundLittle(chars: number, pageParagraphChars: number): boolean {
  return chars < LITTLE_CHARS && chars < LITTLE_SHARE * pageParagraphChars;
}

function freshCopy(doc: Document): Document | null {
  const copy = doc.cloneNode(true);
  return isDocumentNode(copy) ? copy : null;
}

/** The best fallback body for `doc` holding more than `minChars` characters, or null (reads `doc`, mutates only copies). */
export function fallbackArticle(doc: Document, minChars: number): FallbackResult | null {
  const copy = freshCopy(doc);
  if (!copy) return null;
  const result = runReadability(copy);
  if (result && countChars(result.content.textContent ?? '') > minChars) return { content: result.content, source: 'readability' };
  const second = freshCopy(doc);
  const region = second ? storyRegion(second)?.element : null;
  if (!region || !second) return null;
  for (const el of [...region.querySelectorAll('script, style, noscript, template, nav, footer, aside, form, button')]) el.remove();
  const content = second.createElement('div');
  content.append(...region.childNodes);
  return countChars(content.textContent ?? '') > minChars ? { content, source: 'region' } : null;
}
