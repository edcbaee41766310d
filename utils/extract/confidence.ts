import { countChars } from './text';

// How likely the clip is the whole article and nothing else. The popup offers "clip selection" or
// "clip whole page" below 0.5. Signals: enough text, several paragraphs, few links, the extracted
// share of the page's readable text, and whether the page declares itself an article.

/** What confidence is computed from (all measured by the pipeline). */
export interface ConfidenceInput {
  /** Non-space characters in the clip. */
  chars: number;
  /** Paragraph-like blocks with at least 40 characters. */
  paragraphs: number;
  /** Share of the clip's characters inside links (0..1). */
  linkDensity: number;
  /** Clip characters ÷ characters of all paragraphs on the page (0..1+). */
  coverage: number;
  /** The page declares an article (og:type article, JSON-LD Article types). */
  declaredArticle: boolean;
  /** Title found. */
  hasTitle: boolean;
  /** Text is mostly CJK (denser: fewer characters for the same story). */
  cjk: boolean;
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/** Combines the signals into a 0..1 score (two decimals). */
export function computeConfidence(input: ConfidenceInput): number {
  const full = input.cjk ? 600 : 1500;
  const size = clamp(input.chars / full);
  const paragraphs = clamp(input.paragraphs / 4);
  const links = clamp(1 - input.linkDensity * 2.5);
  const coverage = input.coverage > 0 ? clamp(input.coverage / 0.6) : 0.5;
  let score = 0.3 * size + 0.2 * paragraphs + 0.2 * links + 0.2 * coverage + 0.05 * (input.hasTitle ? 1 : 0);
  score += input.declaredArticle ? 0.05 : 0;
  return Math.round(clamp(score) * 100) / 100;
}

/** Share of `root`'s text inside links. */
export function linkDensity(root: Element): number {
  const total = countChars(root.textContent ?? '');
  if (!total) return 0;
  let linked = 0;
  for (const a of root.querySelectorAll('a')) linked += countChars(a.textContent ?? '');
  return linked / total;
}

/** Number of paragraph-like blocks with at least 40 characters of text. */
export function paragraphCount(root: Element): number {
  let n = 0;
  for (const el of root.querySelectorAll('p, li, blockquote, pre, td')) {
    if (countChars(el.textContent ?? '') >= 40) n++;
  }
  return n;
}
