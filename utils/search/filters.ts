import { tagKey } from '../db/tag-key';
import { clipDate, clipLang, clipSites, type FacetSource } from './facets';
import type { ParsedQuery } from './query';
import { readingOf, type ReadingFields } from '../db/reading-status';

/** What filter checks read from a clip. */
export type FilterSource = FacetSource & ReadingFields & { tags: string[]; highlightText?: string };

/**
 * Whether a clip passes the query's filters, computed from the clip itself with the same
 * derivations the facets were indexed from (the last word on every result).
 */
export function passesFilters(clip: FilterSource, q: ParsedQuery): boolean {
  const tags = new Set(clip.tags.map(tagKey));
  if (!q.tags.every((t) => tags.has(t)) || q.excludedTags.some((t) => tags.has(t))) return false;
  if (q.untagged === true && tags.size > 0) return false;
  if (q.untagged === false && tags.size === 0) return false;
  const reading = readingOf(clip);
  if (q.status !== undefined && reading.status !== q.status) return false;
  if (q.favorite !== undefined && reading.favorite !== q.favorite) return false;
  if (q.placeholder !== undefined && reading.placeholder !== q.placeholder) return false;
  if (q.highlighted !== undefined && q.highlighted !== Boolean(clip.highlightText)) return false;
  if (q.sites.length > 0 || q.excludedSites.length > 0) {
    const sites = new Set(clipSites(clip));
    if (q.sites.length > 0 && !q.sites.some((s) => sites.has(s))) return false;
    if (q.excludedSites.some((s) => sites.has(s))) return false;
  }
  if (q.langs.length > 0 || q.excludedLangs.length > 0) {
    const lang = clipLang(clip);
    if (q.langs.length > 0 && !q.langs.includes(lang)) return false;
    if (q.excludedLangs.includes(lang)) return false;
  }
  if (q.after !== undefined || q.before !== undefined) {
    const day = clipDate(clip);
    if (q.after !== undefined && day < q.after) return false;
    if (q.before !== undefined && day >= q.before) return false;
  }
  return true;
}
