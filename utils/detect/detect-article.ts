import type { DetectionVerdict } from './types';
import { jsonLdSignal } from './signals/json-ld';
import { ogType } from './signals/open-graph';
import { readerableScore } from './signals/readerable';

/** Decide whether a document is a single article; pure and read-only, so it runs in pages and Node. */
export function detectArticle(doc: Document, url?: string): DetectionVerdict {
  const ld = jsonLdSignal(doc);
  const og = ogType(doc);
  const readerable = readerableScore(doc);
  let score = Math.min(readerable / 40, 1) * 0.6;
  if (ld.article && ld.articleCount <= 2) score += 0.25;
  if (ld.nonArticle) score -= 0.25;
  if (og === 'article') score += 0.15;
  score = Math.max(0, Math.min(1, score));
  return {
    isArticle: score >= 0.5,
    score,
    signals: { readerable, ogType: og, jsonLdArticle: ld.article, jsonLdNonArticle: ld.nonArticle, url: url ?? '' },
  };
}
