import type { DetectionSignals } from './collect-signals';

// Weights of a logistic model fitted by scripts/fit-detector.ts (L2-regularized logistic regression,
// λ = 20, on standardized features, fixtures weighted 2) on the labelled detection-dev pages plus the
// fixture corpus, then rounded to 0.05; the script also cross-validates them. Every weight kept its
// expected sign; none is keyed to a site.

const flag = (value: boolean): number => (value ? 1 : 0);

/** The weighted sum (log-odds) of article-likeness; positive means article. */
export function articleLogit(s: DetectionSignals): number {
  const log = Math.log1p;
  const kinds = s.kinds;
  let z = -3.65;
  // Structured data and metadata.
  z += 0.65 * flag(s.ldArticle > 0);
  z += 0.95 * flag(s.ldDate);
  z -= 1.75 * flag(kinds.includes('forum') || s.replies > 2);
  z -= 0.9 * flag(kinds.includes('product'));
  z -= 0.35 * flag(kinds.includes('collection'));
  z -= 0.75 * flag(kinds.includes('media'));
  z += 0.7 * flag(s.ogType === 'article' || s.ogType === 'blog');
  z -= 1.3 * flag(s.ogType.startsWith('product') || s.ogType.endsWith(':item'));
  z -= 0.8 * flag(s.ogType.startsWith('video'));
  z += 0.4 * flag(s.publishedTime);
  z += 0.5 * flag(s.byline);
  z += 0.65 * flag(s.visibleDate);
  z += 0.1 * s.titleSeps;
  // Prose: one dominant block of continuous text (inside an <article> on most CMSes), few links,
  // paragraphs rather than headlines.
  z += 0.5 * s.readerable / 100;
  z += 0.15 * log(s.proseChars);
  z += 1.05 * s.proseShare;
  z += 0.2 * log(s.proseParagraphs);
  z += 0.05 * log(s.proseTotal);
  z -= 3.55 * s.headingShare;
  // Galleries and video pages carry a caption-sized text at most (≈ 160 CJK characters in all); an
  // article needs a body. Set by hand: the fit barely sees such pages, the fixtures and the issue do.
  z -= 2 * flag(s.proseTotal < 400);
  z += 0.6 * flag(s.inArticle);
  z -= 1.2 * s.linkDensity;
  z -= 1 * flag(s.h1 > 2);
  // URL shape.
  z -= 1.55 * flag(s.urlRoot);
  z += 1.35 * Math.min(s.urlSlugWords, 8) / 8;
  z += 0.5 * flag(s.urlDated);
  z -= 0.8 * flag(s.urlListing);
  z += 1.25 * flag(s.urlKind === 'story');
  z -= 1.65 * flag(s.urlKind === 'other');
  // Forms, shops, code.
  z -= 1.85 * flag(s.login);
  z -= 0.2 * log(s.inputs);
  z -= 0.85 * flag(s.priceMeta);
  z -= 0.8 * flag(s.cart);
  z -= 0.65 * log(s.pre);
  return z;
}

/** Combine the signals into an article-likeness score in 0..1 (the logistic of articleLogit). */
export function scoreSignals(s: DetectionSignals): number {
  return 1 / (1 + Math.exp(-articleLogit(s)));
}
