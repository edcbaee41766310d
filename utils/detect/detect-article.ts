import { collectSignals } from './collect-signals';
import { scoreSignals } from './score-signals';
import type { DetectionVerdict } from './types';

/** Score above which a page counts as an article. */
export const ARTICLE_THRESHOLD = 0.5;

/** Decide whether a document is a single article; pure and read-only, so it runs in pages and Node. */
export function detectArticle(doc: Document, url?: string): DetectionVerdict {
  const signals = collectSignals(doc, url);
  const score = scoreSignals(signals);
  return { isArticle: score >= ARTICLE_THRESHOLD, score, signals };
}
