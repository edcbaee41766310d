import { blockText } from './block-text';
import { computeConfidence, linkDensity, paragraphCount } from './confidence';
import { ExtractionError } from './errors';
import { documentBase, resolveLazyImages, resolveLazyMedia } from './lazy-media';
import { collectFigures, restoreFigures } from './figures';
import { collectDek, collectLeadIns, restoreDek, restoreLeadIns, withoutDek } from './lead-in';
import { headline } from './pre-clean/remove-header-extras';
import { toMarkdown } from './markdown';
import { markCodeLanguages } from './code-language';
import { extractMetadata, type PageMetadata } from './metadata/extract-metadata';
import { parseByline } from './metadata/byline';
import { postClean } from './post-clean';
import { ARTICLE_CLEAN_RULES, cleanArticle, PRE_CLEAN_RULES, preClean } from './pre-clean';
import { indexPage } from './page-index';
import { runReadability } from './readability';
import { sanitizeElement } from './sanitize';
import { keepStoryAsides } from './story-asides';
import { focusStory } from './focus-story';
import { storyRegion } from './story-region';
import { copyRegion } from './copy-region';
import { noteFlowBlocks, restoreFlowBlocks } from './in-flow-blocks';
import { normalizeMath } from './math';
import { collapseSpace, countChars, countWords, hasChars, isMostlyCjk } from './text';
import type { ClipCoverage, ClipMode, ExtractedClip } from './types';
import { storyBlocks, storyCoverage, type StoryBlocks } from './guard/story-coverage';
import { isDocumentNode } from './dom-guards';
import type { Removal } from './guard/removal-log';
import { restoreShielded, shieldFromReadability } from './guard/readability-shield';
import { fallbackArticle, foundLittle, type FallbackSource } from './fallback';

/** Options for one extraction. */
export interface ExtractOptions {
  /** The page URL (resolves relative links; the clip's `url`). */
  url: string;
  mode?: ClipMode;
  /** For mode 'selection': the selected content (cloned ranges). */
  selection?: DocumentFragment | null;
  /**
   * The window whose DOM classes DOMPurify uses. Defaults to `doc.defaultView`; a cloned document has
   * none in browsers, so the extractor passes its `window`.
   */
  window?: Window | null;
  /** When given, every removal rule reports here what it removed (or the guard kept), in order. */
  removals?: Removal[];
}

/** A fallback clip (see fallback.ts) is trusted less: the popup then offers selection or whole-page clipping sooner. */
const FALLBACK_CONFIDENCE = 0.7;

/** Pages beyond this many elements are refused rather than freezing the tab. */
const MAX_ELEMENTS = 150_000;
/**
 * …or beyond this many characters of text: extraction runs on the tab's main thread at roughly a
 * second per million characters, so a 20 MB page would freeze its tab past the capture time-box.
 */
const MAX_TEXT_CHARS = 4_000_000;

function cloneDocument(doc: Document): Document {
  const clone = doc.cloneNode(true);
  if (!isDocumentNode(clone)) throw new ExtractionError('failed', 'Could not copy the page.');
  return clone;
}

function viewFor(doc: Document, clone: Document, given: Window | null | undefined): Window {
  const view = given ?? doc.defaultView ?? clone.defaultView ?? (typeof window === 'undefined' ? null : window);
  if (!view) throw new ExtractionError('failed', 'No DOM window available for sanitizing.');
  return view;
}

/** Whole-page mode: the body without scripts, styles and hidden elements. */
function pageRoot(clone: Document): HTMLElement {
  const body = clone.body;
  if (!body) throw new ExtractionError('empty', 'The page has no body.');
  for (const el of [...body.querySelectorAll('script, style, noscript, template, link, meta')]) el.remove();
  return body;
}

function selectionRoot(clone: Document, selection: DocumentFragment | null | undefined): HTMLElement {
  if (!selection || countChars(selection.textContent ?? '') === 0) {
    if (!selection?.querySelector?.('img')) throw new ExtractionError('no-selection', 'Nothing is selected on the page.');
  }
  const root = clone.createElement('div');
  if (selection) root.append(clone.importNode(selection, true));
  return root;
}

/** Characters in the page's paragraphs (whitespace included: a ratio, so no need to strip it). */
function paragraphChars(doc: Document): number {
  let n = 0;
  for (const p of doc.getElementsByTagName('p')) n += p.textContent?.length ?? 0;
  return n;
}

function excerptFrom(meta: PageMetadata, text: string): string | null {
  if (meta.excerpt) return meta.excerpt;
  let first: string | undefined;
  // Paragraph by paragraph: the first long enough one settles it, the rest is not collapsed.
  for (const block of text.split(/\n\n/)) {
    const p = collapseSpace(block);
    if (hasChars(p, 40)) {
      first = p;
      break;
    }
  }
  return first ? (first.length > 300 ? `${first.slice(0, 297)}…` : first) : null;
}

/**
 * Extracts a clip from `doc` without mutating it: pre-clean → readability → post-clean → metadata →
 * sanitize → markdown. Throws ExtractionError ('empty' | 'too-large' | 'no-selection' | 'failed').
 */
export function extractClip(doc: Document, options: ExtractOptions): ExtractedClip {
  const mode = options.mode ?? 'article';
  const url = options.url;
  const log = options.removals ?? null;
  if ((doc.getElementsByTagName('*').length ?? 0) > MAX_ELEMENTS) {
    throw new ExtractionError('too-large', 'The page is too large to clip.');
  }
  if (mode !== 'selection' && (doc.body?.textContent?.length ?? 0) > MAX_TEXT_CHARS) {
    throw new ExtractionError('too-large', 'The page is too large to clip.');
  }
  const region = mode === 'article' ? storyRegion(doc) : null;
  const partial = region ? copyRegion(doc, region.element) : null;
  // Paragraph text the copy left out still counts as the page's (for the clip's coverage).
  const outsideChars = partial && region ? region.outsideChars : 0;
  const clone = partial ?? cloneDocument(doc);
  const view = viewFor(doc, clone, options.window);
  // Before the page is indexed: KaTeX/MathJax renderings give way to one <math> element each.
  normalizeMath(clone);
  const index = indexPage(clone);
  // Metadata reads the page itself (it changes nothing): the copy may hold only the story's region.
  const meta = partial ? extractMetadata(doc, url, Date.now(), indexPage(doc)) : extractMetadata(clone, url, Date.now(), index);
  const base = documentBase(clone, url);
  resolveLazyImages(clone);

  let root: HTMLElement;
  let readabilityByline: string | null = null;
  let pageChars = 0;
  let dekLines: string[] = [];
  let blocks: StoryBlocks | null = null;
  let dekText: string | null = null;
  let fellBack: FallbackSource | null = null;
  if (mode === 'selection') {
    root = selectionRoot(clone, options.selection);
  } else if (mode === 'page') {
    root = pageRoot(clone);
  } else {
    // The dek goes with the headline block the page rules remove; it comes back at the top of the body.
    const dek = collectDek(headline(clone.documentElement, meta.title), meta.siteName);
    preClean(clone, PRE_CLEAN_RULES, index, meta.title, meta.lang, log);
    pageChars = paragraphChars(clone) + outsideChars;
    blocks = storyBlocks(clone.body ?? clone.documentElement);
    dekText = dek?.text ?? null;
    const leadIns = collectLeadIns(clone, index.named);
    const figures = collectFigures(clone);
    keepStoryAsides(clone);
    focusStory(clone);
    const flow = noteFlowBlocks(clone);
    shieldFromReadability(clone);
    const result = runReadability(clone);
    if (result) {
      root = result.content;
      // Before the names come back and the article rules run: they judge the restored blocks too.
      restoreFlowBlocks(root, flow, meta.title, log);
      restoreShielded(root);
      cleanArticle(root, ARTICLE_CLEAN_RULES, meta.title, log);
      restoreFigures(root, figures);
      restoreLeadIns(root, leadIns);
      dekLines = restoreDek(root, dek);
      readabilityByline = result.byline;
    } else {
      root = clone.createElement('div');
    }
    const found = countChars(root.textContent ?? '');
    if (foundLittle(found, paragraphChars(doc))) {
      const fallback = fallbackArticle(doc, found);
      if (fallback) {
        root = fallback.content;
        cleanArticle(root, ARTICLE_CLEAN_RULES, meta.title, log);
        fellBack = fallback.source;
      }
    }
    if (!hasChars(root.textContent ?? '') && !root.querySelector('img')) throw new ExtractionError('empty', 'No article text was found on this page.');
  }

  resolveLazyMedia(root, base);
  // Before anything drops wrapper classes: the language named on the page becomes `language-xx`.
  markCodeLanguages(root);
  if (mode !== 'page') postClean(root, meta.title, meta.authors, log);
  root = sanitizeElement(root, view);
  // The clip's text is the article body (schema.org articleBody): captions stay in the Markdown only.
  // The dek is the standfirst, not schema.org articleBody (like captions): the body and Markdown open
  // with it, the plain text does not (the excerpt usually holds it).
  const text = withoutDek(blockText(root, { captions: mode === 'page' }), dekLines);
  const chars = countChars(text);
  if (chars === 0 && !root.querySelector('img')) throw new ExtractionError('empty', 'The clip would be empty.');

  // Coverage reads the whole body (dek and captions included): it asks what the clip holds.
  const coverage: ClipCoverage | undefined = blocks ? storyCoverage(blocks, blockText(root), dekText) : undefined;
  const authors = meta.authors.length ? meta.authors : parseByline(readabilityByline, meta.siteName);
  const cjk = isMostlyCjk(text);
  const confidence =
    mode === 'article'
      ? Math.round(computeConfidence({
          chars,
          paragraphs: paragraphCount(root),
          linkDensity: linkDensity(root),
          coverage: pageChars ? text.length / pageChars : 0,
          declaredArticle: meta.declaredArticle,
          hasTitle: meta.title.length > 0,
          dated: meta.published !== null,
          hasByline: authors.length > 0,
          cjk,
        }) * (fellBack ? FALLBACK_CONFIDENCE : 1) * 100) / 100
      : 1;

  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title,
    byline: authors.length ? authors.join(', ') : null,
    authors,
    published: meta.published,
    modified: meta.modified,
    siteName: meta.siteName,
    lang: meta.lang,
    excerpt: excerptFrom(meta, text),
    leadImage: meta.leadImage ?? root.querySelector('img[src^="http"]')?.getAttribute('src') ?? null,
    keywords: meta.keywords,
    html: root.innerHTML,
    markdown: toMarkdown(root),
    text,
    wordCount: countWords(text),
    charCount: chars,
    confidence,
    ...(coverage ? { coverage } : {}),
    mode,
  };
}
