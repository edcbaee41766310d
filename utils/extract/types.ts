/** How a clip was taken: the detected article, the user's selection, or the whole page. */
export type ClipMode = 'article' | 'selection' | 'page';

/** How much of the story region a clip kept (article mode): the popup warns when blocks were dropped. */
export interface ClipCoverage {
  /** Headings (h2–h6) of the story region, and how many of them the clip lacks. */
  headings: number;
  droppedHeadings: number;
  /** Paragraphs of the story region (a sentence or more), and how many of them the clip lacks. */
  paragraphs: number;
  droppedParagraphs: number;
  /** Whether the page's dek/standfirst is at the top of the clip (null: the page has none found). */
  dek: boolean | null;
}

/** What extraction returns: plain, structured-clone-safe data (crosses from the page to the background). */
export interface ClipDraft {
  /** The page's URL as it was when clipped. */
  url: string;
  /** Canonical URL, normalized (tracking parameters dropped, AMP → canonical); the library's identity key. */
  canonicalUrl: string;
  title: string;
  /** Author names joined for display ("Kim Minji, Lee Jun"), or null. */
  byline: string | null;
  /** Author names, one per entry, without "By"/"기자"/e-mail. */
  authors: string[];
  /** First publication time, ISO 8601 with offset, or null. */
  published: string | null;
  /** Last modification time, ISO 8601 with offset, or null. */
  modified: string | null;
  siteName: string | null;
  /** BCP 47 language tag ("ko", "en-US"), or null. */
  lang: string | null;
  excerpt: string | null;
  /** Absolute URL of the lead image, or null. */
  leadImage: string | null;
  keywords: string[];
  /** Sanitized article HTML (DOMPurify), absolute URLs. */
  html: string;
  /** The body as GitHub-flavoured Markdown (no front matter). */
  markdown: string;
  /** The body as plain text. */
  text: string;
  wordCount: number;
  /** Characters of text excluding whitespace (the fair size measure for CJK). */
  charCount: number;
  /** 0..1: how likely the clip is the whole article and nothing else. */
  confidence: number;
  mode: ClipMode;
}

/** What the pipeline hands the capture: the draft, and (article mode) how much of the story it kept (not stored). */
export interface ExtractedClip extends ClipDraft {
  coverage?: ClipCoverage;
}
