import { countChars, hasChars } from './text';

// How likely the clip is the whole article and nothing else. The popup offers "clip selection" or
// "clip whole page" below 0.5. Two parts multiply: how well the extraction went (enough text,
// several paragraphs, few links, a good share of the page's paragraphs) and how much the page looks
// like an article at all (declares an article type, carries a publication date, a byline, a
// headline). A login or product page can extract cleanly and still not be an article.

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
  /** A publication date was found. */
  dated: boolean;
  /** At least one author was found. */
  hasByline: boolean;
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
  const quality = 0.35 * size + 0.25 * paragraphs + 0.2 * links + 0.2 * coverage;
  const evidence = clamp(0.5 * (input.declaredArticle ? 1 : 0) + 0.35 * (input.dated ? 1 : 0) + 0.2 * (input.hasByline ? 1 : 0) + 0.1 * (input.hasTitle ? 1 : 0));
  return Math.round(clamp(quality * (0.45 + 0.55 * evidence)) * 100) / 100;
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
    if (hasChars(el.textContent ?? '', 40)) n++;
  }
  return n;
}
