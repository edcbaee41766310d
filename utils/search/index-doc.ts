import { FIELD_SEPARATOR } from './char-class';
import {
  clipDate,
  clipLang,
  clipSites,
  dateFacets,
  langFacet,
  siteFacet,
  tagFacet,
  UNTAGGED_FACET,
  ARCHIVED_FACET,
  FAVORITE_FACET,
  PLACEHOLDER_FACET,
  HIGHLIGHTS_FACET,
  type FacetSource,
} from './facets';
import { readingOf, type ReadingFields } from '../db/reading-status';
import { foldText } from './fold';
import { countTerms } from './tokenize';
import { tagKey } from '../db/tag-key';

/**
 * Each clip is indexed as two parts with their own posting keys, so that the frequent small edits
 * (tags, note) re-index a few terms instead of the whole article:
 * - CONTENT: title (weighted), byline, site name, body text + language/site/date facets;
 * - META: tags (weighted), note + tag/untagged facets and the reading facets.
 */
export const CONTENT_PART = 0;
export const META_PART = 1;
export type PartId = typeof CONTENT_PART | typeof META_PART;

/** Title words count this many times: a hit in the title says more than one in the body. */
export const TITLE_WEIGHT = 3;
/** Tags are the user's own words for the clip. */
export const TAG_WEIGHT = 3;

/** What indexing reads from a clip. */
export interface IndexSource extends FacetSource, ReadingFields {
  id: number;
  byline: string | null;
  tags: string[];
  note: string;
  /** Quotes and notes of the clip's highlights. */
  highlightText?: string;
}

/** The terms of one part: parallel arrays (facets have tf 0) and the weighted token count. */
export interface PartTerms {
  terms: string[];
  tfs: number[];
  length: number;
}

/** Posting key of a clip part: parts of one clip are adjacent, so postings stay clip-ordered. */
export function docKey(clipId: number, part: PartId): number {
  return clipId * 2 + part;
}

/** Clip id of a posting key. */
export function clipOfDocKey(key: number): number {
  return Math.floor(key / 2);
}

function finish(counts: Map<string, number>, length: number, facets: readonly string[]): PartTerms {
  for (const f of facets) if (!counts.has(f)) counts.set(f, 0);
  const terms = [...counts.keys()];
  return { terms, tfs: terms.map((t) => counts.get(t) ?? 0), length };
}

/** Terms of the content part. */
export function contentPart(clip: IndexSource): PartTerms {
  const counts = new Map<string, number>();
  let length = countTerms(foldText(clip.title), counts, TITLE_WEIGHT);
  length += countTerms(foldText(clip.byline ?? ''), counts);
  length += countTerms(foldText(clip.siteName ?? ''), counts);
  length += countTerms(foldText(clip.text), counts);
  const facets = [langFacet(clipLang(clip)), ...clipSites(clip).map(siteFacet), ...dateFacets(clipDate(clip))];
  return finish(counts, length, facets);
}

/** What the meta part reads from a clip. */
export type MetaSource = Pick<IndexSource, 'tags' | 'note' | 'highlightText'> & ReadingFields;

/** The reading facets a clip carries (none for an unread, plain, fully clipped one). */
export function readingFacets(clip: ReadingFields): string[] {
  const reading = readingOf(clip);
  const facets: string[] = [];
  if (reading.status === 'archived') facets.push(ARCHIVED_FACET);
  if (reading.favorite) facets.push(FAVORITE_FACET);
  if (reading.placeholder) facets.push(PLACEHOLDER_FACET);
  return facets;
}

/** Terms of the meta part. */
export function metaPart(clip: MetaSource): PartTerms {
  const counts = new Map<string, number>();
  let length = 0;
  for (const tag of clip.tags) length += countTerms(foldText(tag), counts, TAG_WEIGHT);
  length += countTerms(foldText(clip.note), counts);
  length += countTerms(foldText(clip.highlightText ?? ''), counts);
  const facets = clip.tags.length === 0 ? [UNTAGGED_FACET] : clip.tags.map((t) => tagFacet(tagKey(t)));
  if (clip.highlightText) facets.push(HIGHLIGHTS_FACET);
  return finish(counts, length, [...facets, ...readingFacets(clip)]);
}

/** Whether two versions of a clip differ in what the content part indexes. */
export function contentChanged(a: IndexSource, b: IndexSource): boolean {
  return (
    a.title !== b.title ||
    a.byline !== b.byline ||
    a.siteName !== b.siteName ||
    a.text !== b.text ||
    a.canonicalUrl !== b.canonicalUrl ||
    a.lang !== b.lang ||
    a.published !== b.published ||
    a.clippedAt !== b.clippedAt
  );
}

/** Whether two versions of a clip differ in what the meta part indexes. */
export function metaChanged(a: MetaSource, b: MetaSource): boolean {
  const ra = readingFacets(a).join();
  return a.note !== b.note || (a.highlightText ?? '') !== (b.highlightText ?? '') || a.tags.length !== b.tags.length || a.tags.some((t, i) => t !== b.tags[i]) || ra !== readingFacets(b).join();
}

/** Every indexed field joined (fields never run into each other); what verification searches. */
export function searchableText(clip: Pick<IndexSource, 'title' | 'byline' | 'siteName' | 'tags' | 'note' | 'text' | 'highlightText'>): string {
  return [clip.title, clip.byline ?? '', clip.siteName ?? '', ...clip.tags, clip.note, clip.highlightText ?? '', clip.text].join(FIELD_SEPARATOR);
}
