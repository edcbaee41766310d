import { clipDate, clipLang, clipSites } from '../search/facets';
import { foldText } from '../search/fold';
import type { Clip } from './clip';
import { readingOf, type ReadingStatus } from './reading-status';
import { tagKey } from './tag-key';

/**
 * A clip without its bodies (html, markdown, text): what lists, filters and search results show
 * (search reads a copy stored with the body text in `searchDocs`).
 * Kept in its own table, written in the same transaction as the clip, so listing and filtering
 * 100k clips never reads article bodies.
 */
export interface ClipSummary {
  id: number;
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Host of the canonical URL without "www.". */
  host: string;
  /** Site filter values (host, parent domains, labels, compact site name). */
  sites: string[];
  /** Primary language subtag, inferred from the script when the page did not say; "und" if unknown. */
  lang: string;
  published: string | null;
  /** Publication time (epoch ms), or the clip time when unknown: the "published" sort key. */
  publishedAt: number;
  /** Day used by before:/after: filters, YYYY-MM-DD. */
  date: string;
  clippedAt: number;
  updatedAt: number;
  tags: string[];
  tagKeys: string[];
  tagCount: number;
  /** Folded title: the "title" sort key. */
  titleKey: string;
  excerpt: string;
  leadImage: string | null;
  wordCount: number;
  charCount: number;
  mode: Clip['mode'];
  note: string;
  hasNote: boolean;
  /** Quotes and notes of its highlights (search verifies terms against them). */
  highlightText?: string;
  /** v3: reading status (indexed). */
  status: ReadingStatus;
  favorite: boolean;
  /** v3: an imported address not yet clipped. */
  placeholder: boolean;
  /** v3: indexed set flags ("favorite", "placeholder"): booleans cannot be IndexedDB keys. */
  flags: SummaryFlag[];
}

/** A flag in `ClipSummary.flags`. */
export type SummaryFlag = 'favorite' | 'placeholder';

/** The indexed flags of a clip's reading fields. */
export function summaryFlags(reading: { favorite: boolean; placeholder: boolean }): SummaryFlag[] {
  const flags: SummaryFlag[] = [];
  if (reading.favorite) flags.push('favorite');
  if (reading.placeholder) flags.push('placeholder');
  return flags;
}

const EXCERPT_LENGTH = 280;
const TITLE_KEY_LENGTH = 120;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The summary row of a clip. */
export function summarizeClip(clip: Clip): ClipSummary {
  const published = clip.published ? Date.parse(clip.published) : Number.NaN;
  const tags = clip.tags ?? [];
  const reading = readingOf(clip);
  const excerptSource = clip.excerpt?.trim() || clip.text.slice(0, EXCERPT_LENGTH * 2).replace(/\s+/g, ' ').trim();
  return {
    id: clip.id,
    url: clip.url,
    canonicalUrl: clip.canonicalUrl,
    title: clip.title,
    byline: clip.byline,
    siteName: clip.siteName,
    host: hostOf(clip.canonicalUrl),
    sites: clipSites(clip),
    lang: clipLang(clip),
    published: clip.published,
    publishedAt: Number.isNaN(published) ? clip.clippedAt : published,
    date: clipDate(clip),
    clippedAt: clip.clippedAt,
    updatedAt: clip.updatedAt,
    tags,
    tagKeys: tags.map(tagKey),
    tagCount: tags.length,
    titleKey: foldText(clip.title).trim().slice(0, TITLE_KEY_LENGTH),
    excerpt: excerptSource.length > EXCERPT_LENGTH ? `${excerptSource.slice(0, EXCERPT_LENGTH)}…` : excerptSource,
    leadImage: clip.leadImage,
    wordCount: clip.wordCount,
    charCount: clip.charCount,
    mode: clip.mode,
    note: clip.note ?? '',
    hasNote: (clip.note ?? '').trim().length > 0,
    ...reading,
    flags: summaryFlags(reading),
    ...(clip.highlightText ? { highlightText: clip.highlightText } : {}),
  };
}
