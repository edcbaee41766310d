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
  let z = -4.65;
  // Structured data and metadata.
  z += 0.75 * flag(s.ldArticle > 0);
  z += 1.1 * flag(s.ldDate);
  z -= 2.1 * flag(kinds.includes('forum') || s.replies > 2);
  z -= 1.05 * flag(kinds.includes('product'));
  z -= 0.65 * flag(kinds.includes('collection'));
  z -= 1.65 * flag(kinds.includes('media'));
  z += 0.65 * flag(s.ogType === 'article' || s.ogType === 'blog');
  z -= 1.6 * flag(s.ogType.startsWith('product') || s.ogType.endsWith(':item'));
  z -= 1.65 * flag(s.ogType.startsWith('video'));
  z += 0.35 * flag(s.publishedTime);
  z += 0.6 * flag(s.byline);
  z += 0.6 * flag(s.visibleDate);
  // Prose: one dominant block of continuous text, few links, no stack of similar teasers.
  z += 0.75 * s.readerable / 100;
  z += 0.2 * log(s.proseChars);
  // Galleries and video pages carry a caption-sized text at most; an article needs a body. (Set by
  // hand: the fit barely sees such pages, the fixtures and the list of rejects do.)
  z -= 2 * flag(s.proseChars < THIN_PROSE);
  z += 1.1 * s.proseShare;
  z += 0.24 * log(s.proseParagraphs);
  z += 0.14 * log(s.proseTotal);
  z -= 1.1 * s.linkDensity;
  z -= 0.15 * log(s.teasers);
  // A stack of short <article> teasers; weak on its own (set by hand, the fit gave it ~0).
  z -= 0.3 * flag(s.articles >= 6 && s.longArticles <= 1);
  z -= 0.6 * log(s.anchorHeadings);
  z -= 1.35 * flag(s.h1 > 2);
  // URL shape.
  z -= 2.05 * flag(s.urlRoot);
  z += 1.45 * Math.min(s.urlSlugWords, 8) / 8;
  z += 0.6 * flag(s.urlDated);
  z -= 0.9 * flag(s.urlListing);
  z += 1.35 * flag(s.urlKind === 'story');
  z -= 2.05 * flag(s.urlKind === 'other');
  // Forms, shops, players, code.
  z -= 2.1 * flag(s.login);
  z -= 0.25 * log(s.inputs);
  z -= 1.15 * flag(s.priceMeta);
  z -= 1 * flag(s.cart);
  z -= 0.25 * flag(s.video);
  z -= 0.6 * log(s.pre);
  return z;
}

/** Combine the signals into an article-likeness score in 0..1 (the logistic of articleLogit). */
export function scoreSignals(s: DetectionSignals): number {
  return 1 / (1 + Math.exp(-articleLogit(s)));
}
