import { articleElementSignal } from './signals/article-elements';
import { hasByline } from './signals/byline';
import { codeSignal } from './signals/code-blocks';
import { commerceSignal } from './signals/commerce';
import { formSignal } from './signals/forms';
import { headlineSignal } from './signals/headlines';
import { jsonLdSignal } from './signals/json-ld';
import { linkDensity } from './signals/link-density';
import { ogType } from './signals/open-graph';
import { proseBlockSignal } from './signals/prose-block';
import { hasPublishedTime, timeElementCount } from './signals/published-time';
import { readerableScore } from './signals/readerable';
import { urlShapeSignal } from './signals/url-shape';
import { videoSignal } from './signals/video';

/** Every raw signal the scorer reads, flat so it can travel in a verdict. */
export interface DetectionSignals {
  [name: string]: number | string | boolean;
  ldArticle: number;
  ldNonArticle: boolean;
  ogType: string;
  publishedTime: boolean;
  timeElements: number;
  byline: boolean;
  h1: number;
  headings: number;
  linkedHeadings: number;
  articles: number;
  longArticles: number;
  linkDensity: number;
  proseChars: number;
  proseShare: number;
  proseParagraphs: number;
  proseLinkedHeadings: number;
  proseLinkDensity: number;
  proseTotal: number;
  readerable: number;
  urlRoot: boolean;
  urlDepth: number;
  urlSlugWords: number;
  urlDated: boolean;
  urlListing: boolean;
  password: boolean;
  inputs: number;
  priceMeta: boolean;
  priceElements: number;
  cart: boolean;
  video: boolean;
  pre: number;
  code: number;
}

/** Measure every signal on a document (read-only). */
export function collectSignals(doc: Document, url?: string): DetectionSignals {
  const ld = jsonLdSignal(doc);
  const og = ogType(doc);
  const headlines = headlineSignal(doc);
  const articles = articleElementSignal(doc);
  const prose = proseBlockSignal(doc);
  const shape = urlShapeSignal(url);
  const forms = formSignal(doc);
  const commerce = commerceSignal(doc);
  const code = codeSignal(doc);
  return {
    ldArticle: ld.articleCount,
    ldNonArticle: ld.nonArticle,
    ldTypes: ld.types.slice(0, 8).join(' '),
    ogType: og,
    publishedTime: hasPublishedTime(doc),
    timeElements: timeElementCount(doc),
    byline: hasByline(doc),
    h1: headlines.h1,
    headings: headlines.headings,
    linkedHeadings: headlines.linkedHeadings,
    articles: articles.count,
    longArticles: articles.long,
    linkDensity: linkDensity(doc),
    proseChars: prose.chars,
    proseShare: prose.share,
    proseParagraphs: prose.paragraphs,
    proseLinkedHeadings: prose.linkedHeadings,
    proseLinkDensity: prose.linkDensity,
    proseTotal: prose.total,
    readerable: readerableScore(doc),
    urlRoot: shape.root,
    urlDepth: shape.depth,
    urlSlugWords: shape.slugWords,
    urlDated: shape.dated,
    urlListing: shape.listing,
    password: forms.password,
    inputs: forms.inputs,
    priceMeta: commerce.priceMeta,
    priceElements: commerce.priceElements,
    cart: commerce.cart,
    video: videoSignal(doc, og).player,
    pre: code.pre,
    code: code.code,
  };
}
