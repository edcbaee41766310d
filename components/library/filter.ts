import type { ReadingStatus } from '../../utils/db/reading-status';

/** What the user narrowed the library to: free text (query syntax) plus the filter controls. */
export interface LibraryFilter {
  /** The search box, in the query syntax (words, "phrase", -x, tag:, site:, lang:, before:, after:, is:untagged). */
  text: string;
  /** Every one of these tags (case-insensitive). */
  tags: string[];
  site: string;
  lang: string;
  /** Published (else clipped) on or after this day (YYYY-MM-DD), or ''. */
  from: string;
  /** … on or before this day (YYYY-MM-DD, inclusive), or ''. */
  to: string;
  untagged: boolean;
  /** Reading status, or '' for both. */
  status: '' | ReadingStatus;
  favorite: boolean;
  /** Only imported addresses not yet clipped. */
  placeholder: boolean;
}

/** How the list is ordered when not ranking search results. */
export type LibrarySort = 'clipped-desc' | 'clipped-asc' | 'published-desc' | 'published-asc' | 'title-asc';

/** Every sort, in menu order. */
export const SORTS: readonly LibrarySort[] = ['clipped-desc', 'clipped-asc', 'published-desc', 'published-asc', 'title-asc'];

/** No filter: the whole library. */
export const EMPTY_FILTER: LibraryFilter = {
  text: '',
  tags: [],
  site: '',
  lang: '',
  from: '',
  to: '',
  untagged: false,
  status: '',
  favorite: false,
  placeholder: false,
};

/** Whether anything narrows the list. */
export function isFiltered(filter: LibraryFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.tags.length > 0 ||
    filter.site !== '' ||
    filter.lang !== '' ||
    filter.from !== '' ||
    filter.to !== '' ||
    filter.untagged ||
    filter.status !== '' ||
    filter.favorite ||
    filter.placeholder
  );
}

/** Add a tag to the filter (no duplicates, case-insensitive); clears "untagged", which would contradict it. */
export function withTag(filter: LibraryFilter, tag: string): LibraryFilter {
  const key = tag.toLocaleLowerCase();
  if (filter.tags.some((other) => other.toLocaleLowerCase() === key)) return filter;
  return { ...filter, tags: [...filter.tags, tag], untagged: false };
}

/** Remove a tag from the filter. */
export function withoutTag(filter: LibraryFilter, tag: string): LibraryFilter {
  return { ...filter, tags: filter.tags.filter((other) => other !== tag) };
}

// A value with spaces or quotes must be quoted to stay one operand of the query syntax.
function operand(value: string): string {
  return /[\s"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/** The calendar day after a YYYY-MM-DD day (no time zones involved: pure calendar arithmetic). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The search query equivalent to the filter: the typed text plus one operator per control
 * (`tag:`, `site:`, `lang:`, `after:`, `before:`, `is:untagged`), so search ranks within the filter.
 */
export function toQuery(filter: LibraryFilter): string {
  const parts = [filter.text.trim()];
  for (const tag of filter.tags) parts.push(`tag:${operand(tag)}`);
  if (filter.site) parts.push(`site:${operand(filter.site)}`);
  if (filter.lang) parts.push(`lang:${operand(filter.lang)}`);
  if (filter.from) parts.push(`after:${filter.from}`);
  // The query's before: is exclusive; the "To" field includes its day.
  if (filter.to) parts.push(`before:${nextDay(filter.to)}`);
  if (filter.untagged) parts.push('is:untagged');
  if (filter.status) parts.push(`is:${filter.status}`);
  if (filter.favorite) parts.push('is:favorite');
  if (filter.placeholder) parts.push('is:saved');
  return parts.filter(Boolean).join(' ');
}

/** A stable key for a filter + sort (a new key resets scrolling and the row cache). */
export function viewKey(filter: LibraryFilter, sort: LibrarySort): string {
  return JSON.stringify([toQuery(filter), sort]);
}
