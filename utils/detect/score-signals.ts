import type { DetectionSignals } from './collect-signals';

// Weights of a logistic model fitted (L2-regularized logistic regression on standardized features,
// 10-fold cross-validated) on the labelled detection-dev pages plus the fixture corpus, then rounded.
// Every weight kept its expected sign; none is keyed to a site.

const flag = (value: boolean): number => (value ? 1 : 0);

/** The weighted sum (log-odds) of article-likeness; positive means article. */
export function articleLogit(s: DetectionSignals): number {
  const log = Math.log1p;
  const kinds = s.kinds;
  let z = -6.05;
  // Structured data and metadata.
  z += 0.8 * flag(s.ldArticle > 0);
  z += 1.7 * flag(s.ldDate);
  z -= 3.3 * flag(kinds.includes('forum') || s.replies > 2);
  z -= 1.45 * flag(kinds.includes('product'));
  z -= 0.65 * flag(kinds.includes('collection'));
  z -= 1.65 * flag(kinds.includes('media'));
  z += 0.55 * flag(s.ogType === 'article' || s.ogType === 'blog');
  z -= 2.6 * flag(s.ogType.startsWith('product') || s.ogType.endsWith(':item'));
  z -= 1.45 * flag(s.ogType.startsWith('video'));
  z += 0.55 * flag(s.publishedTime);
  z += 0.7 * flag(s.byline);
  z += 0.65 * flag(s.visibleDate);
  z += 0.4 * s.titleSeps;
  // Prose: one dominant block of continuous text (inside an <article> on most CMSes), few links.
  z += 0.85 * s.readerable / 100;
  z += 0.25 * log(s.proseChars);
  z += 1.5 * s.proseShare;
  z += 0.25 * log(s.proseParagraphs);
  z += 0.1 * log(s.proseTotal);
  // Galleries and video pages carry a caption-sized text at most (≈ 160 CJK characters in all); an
  // article needs a body. Set by hand: the fit barely sees such pages, the fixtures and the issue do.
  z -= 2 * flag(s.proseTotal < 400);
  z += 0.7 * flag(s.inArticle);
  z -= 1.7 * s.linkDensity;
  z -= 1.95 * flag(s.h1 > 2);
  // URL shape.
  z -= 2.85 * flag(s.urlRoot);
  z += 2.15 * Math.min(s.urlSlugWords, 8) / 8;
  z += 1.2 * flag(s.urlDated);
  z -= 1.45 * flag(s.urlListing);
  z += 1.9 * flag(s.urlKind === 'story');
  z -= 3 * flag(s.urlKind === 'other');
  // Forms, shops, code.
  z -= 4.5 * flag(s.login);
  z -= 0.35 * log(s.inputs);
  z -= 1.6 * flag(s.priceMeta);
  z -= 1.7 * flag(s.cart);
  z -= 1.25 * log(s.pre);
  return z;
}

/** Combine the signals into an article-likeness score in 0..1 (the logistic of articleLogit). */
export function scoreSignals(s: DetectionSignals): number {
  return 1 / (1 + Math.exp(-articleLogit(s)));
}
