import type { DetectionSignals } from './collect-signals';

// Weights of a logistic model fitted (L2-regularized logistic regression on standardized features,
// 10-fold cross-validated) on the labelled detection-dev pages plus the fixture corpus, then rounded.
// Every weight kept its expected sign; none is keyed to a site.

/** Weighted characters of prose below which a page has no article body (≈ 160 CJK characters). */
const THIN_PROSE = 400;

function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** The weighted sum (log-odds) of article-likeness; positive means article. */
export function articleLogit(s: DetectionSignals): number {
  const log = Math.log1p;
  const kinds = s.kinds;
  let z = -4.5;
  // Structured data and metadata.
  z += 0.7 * flag(s.ldArticle > 0);
  z += 1.05 * flag(s.ldDate);
  z -= 2.3 * flag(kinds.includes('forum') || s.replies > 2);
  z -= 0.95 * flag(kinds.includes('product'));
  z -= 0.7 * flag(kinds.includes('collection'));
  z -= 1.75 * flag(kinds.includes('media'));
  z += 0.65 * flag(s.ogType === 'article' || s.ogType === 'blog');
  z -= 1.45 * flag(s.ogType.startsWith('product') || s.ogType.endsWith(':item'));
  z -= 1.55 * flag(s.ogType.startsWith('video'));
  z += 0.5 * flag(s.publishedTime);
  z += 0.45 * flag(s.byline);
  z += 0.55 * flag(s.visibleDate);
  // Prose: one dominant block of continuous text, few links, no stack of similar teasers.
  z += 1.45 * Math.min(s.readerable, 100) / 100;
  z += 0.18 * log(s.proseChars);
  // Galleries and video pages carry a caption-sized text at most; an article needs a body.
  z -= 2 * flag(s.proseChars < THIN_PROSE);
  z += 1.05 * s.proseShare;
  z += 0.23 * log(s.proseParagraphs);
  z += 0.11 * log(s.proseTotal);
  z -= 1.65 * s.linkDensity;
  z -= 0.15 * log(s.teasers);
  z -= 0.3 * flag(s.articles >= 6 && s.longArticles <= 1);
  z -= 0.5 * log(s.anchorHeadings);
  z -= 1.4 * flag(s.h1 > 2);
  // URL shape.
  z -= 1.95 * flag(s.urlRoot);
  z += 1.6 * Math.min(s.urlSlugWords, 8) / 8;
  z += 0.75 * flag(s.urlDated);
  z -= 0.95 * flag(s.urlListing);
  z += 1.15 * flag(s.urlKind === 'story');
  z -= 2.05 * flag(s.urlKind === 'other');
  // Forms, shops, players, code.
  z -= 1.45 * flag(s.login);
  z -= 0.3 * log(s.inputs);
  z -= 1.15 * flag(s.priceMeta);
  z -= 0.8 * flag(s.cart);
  z -= 0.25 * flag(s.video);
  z -= 0.45 * log(s.pre);
  return z;
}

/** Combine the signals into an article-likeness score in 0..1 (the logistic of articleLogit). */
export function scoreSignals(s: DetectionSignals): number {
  return 1 / (1 + Math.exp(-articleLogit(s)));
}
