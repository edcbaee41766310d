import { hasByline } from './signals/byline';
import { codeBlockCount } from './signals/code-blocks';
import { commerceSignal } from './signals/commerce';
import { formSignal } from './signals/forms';
import { headingShare } from './signals/heading-share';
import { jsonLdSignal } from './signals/json-ld';
import { microdataSignal } from './signals/microdata';
import { ogType } from './signals/open-graph';
import { proseBlockSignal } from './signals/prose-block';
import { hasPublishedTime } from './signals/published-time';
import { collectTextBlocks } from './signals/text-blocks';
import { urlShapeSignal } from './signals/url-shape';
import { dateNearBlock } from './signals/visible-date';

/** Every raw signal the scorer reads, flat so it travels in a verdict (and shows in debugging). */
// A type alias rather than an interface so it is assignable to the verdict's Record<string, …>.
export type DetectionSignals = {
  /** Top-level article entities in JSON-LD or microdata. */
  ldArticle: number;
  /** An article entity in JSON-LD carries datePublished. */
  ldDate: boolean;
  /** Non-article page kinds named by structured data, space-separated (forum, product, collection, media). */
  kinds: string;
  /** Microdata Comment/Answer items. */
  replies: number;
  ogType: string;
  publishedTime: boolean;
  byline: boolean;
  visibleDate: boolean;
  h1: number;
  /** The main prose block sits inside an `<article>`. */
  inArticle: boolean;
  /** Separators in the `<title>` ("Headline – Section | Site"), at most 3. */
  titleSeps: number;
  linkDensity: number;
  proseChars: number;
  proseShare: number;
  proseParagraphs: number;
  proseTotal: number;
  /** Share of the page's own text set as headings. */
  headingShare: number;
  readerable: number;
  urlRoot: boolean;
  urlSlugWords: number;
  urlDated: boolean;
  urlListing: boolean;
  urlKind: string;
  login: boolean;
  inputs: number;
  priceMeta: boolean;
  cart: boolean;
  pre: number;
};

/** Measure every signal on a document (read-only). */
export function collectSignals(doc: Document, url?: string): DetectionSignals {
  const ld = jsonLdSignal(doc);
  const md = microdataSignal(doc);
  const og = ogType(doc);
  const blocks = collectTextBlocks(doc);
  const prose = proseBlockSignal(doc, blocks);
  const shape = urlShapeSignal(url);
  const forms = formSignal(doc);
  const commerce = commerceSignal(doc);
  return {
    ldArticle: ld.article + md.article,
    ldDate: ld.datePublished,
    kinds: [...new Set([...ld.kinds, ...md.kinds])].join(' '),
    replies: md.replies,
    ogType: og,
    publishedTime: hasPublishedTime(doc),
    byline: hasByline(doc),
    visibleDate: dateNearBlock(prose.element),
    h1: doc.querySelectorAll('body h1').length,
    inArticle: !!prose.element?.closest('article'),
    titleSeps: Math.min(doc.title.match(/[|:·–—-]/g)?.length ?? 0, 3),
    linkDensity: prose.linkDensity,
    proseChars: prose.chars,
    proseShare: prose.share,
    proseParagraphs: prose.paragraphs,
    proseTotal: prose.total,
    headingShare: headingShare(blocks),
    readerable: prose.readerable,
    urlRoot: shape.root,
    urlSlugWords: shape.slugWords,
    urlDated: shape.dated,
    urlListing: shape.listing,
    urlKind: shape.kind,
    login: forms.login,
    inputs: forms.inputs,
    priceMeta: commerce.priceMeta,
    cart: commerce.cart,
    pre: codeBlockCount(doc),
  };
}
