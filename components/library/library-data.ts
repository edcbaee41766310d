/**
 * The library page's reads: the one file that knows the shapes of `utils/db` listing and
 * `utils/search`, so the components only see `LibraryRow`s, counts and ids.
 */
import type { Clip } from '../../utils/db/clip';
import type { ClipSummary } from '../../utils/db/clip-summary';
import { highlightCounts } from '../../utils/db/highlights';
import { getDb } from '../../utils/db/schema';
import { readStats } from '../../utils/db/search-meta';
import { countClips, getClips, listClipIds, listClips, type ClipFilter, type ClipSort } from '../../utils/db/clips';
import { readingCounts, type ReadingCounts } from '../../utils/db/reading';
import { languageCounts, siteCounts, tagCounts } from '../../utils/db/tags';
import { searchClipIds, searchClips, searchLibrary } from '../../utils/search';
import type { LibraryRow } from './ClipRow';
import { type LibraryFilter, type LibrarySort, nextDay, toQuery } from './filter';
import type { TagCount } from './TagsPanel';

/**
 * A number that changes with every clip change (save, delete, tags, note): the page observes it
 * and re-reads its rows, because search reads cannot run inside a live query (Dexie commits the
 * search snapshot transaction early there).
 */
export async function libraryRevision(): Promise<number> {
  return (await readStats(getDb())).revision;
}

/** Whether the view ranks search results (free text typed) or lists clips in the chosen sort. */
export function isSearch(filter: LibraryFilter): boolean {
  return filter.text.trim() !== '';
}

/** The repository filter for the filter controls (the "to" day is inclusive, `before` is not). */
export function toClipFilter(filter: LibraryFilter): ClipFilter {
  const out: ClipFilter = {};
  if (filter.tags.length > 0) out.tags = filter.tags;
  if (filter.site) out.site = filter.site;
  if (filter.lang) out.lang = filter.lang;
  if (filter.from) out.after = filter.from;
  if (filter.to) out.before = nextDay(filter.to);
  if (filter.untagged) out.untagged = true;
  if (filter.status) out.status = filter.status;
  if (filter.favorite) out.favorite = true;
  if (filter.placeholder) out.placeholder = true;
  return out;
}

/** The repository sort for a menu choice. */
export function toClipSort(sort: LibrarySort): ClipSort {
  const [field, direction] = sort.split('-');
  return {
    field: field === 'published' ? 'published' : field === 'title' ? 'title' : 'clipped',
    direction: direction === 'asc' ? 'asc' : 'desc',
  };
}

function summaryRow(clip: ClipSummary): LibraryRow {
  return {
    id: clip.id,
    title: clip.title,
    siteName: clip.siteName || clip.host || null,
    published: clip.published,
    clippedAt: clip.clippedAt,
    lang: clip.lang,
    tags: clip.tags,
    snippet: clip.excerpt || undefined,
    status: clip.status ?? 'unread',
    favorite: clip.favorite ?? false,
    placeholder: clip.placeholder ?? false,
  };
}

/** Rows `offset … offset+limit` of the view, with each clip's highlight count. */
export async function loadRows(filter: LibraryFilter, sort: LibrarySort, offset: number, limit: number): Promise<LibraryRow[]> {
  const rows = await loadPlainRows(filter, sort, offset, limit);
  const counts = await highlightCounts(rows.map((row) => row.id));
  return counts.size === 0 ? rows : rows.map((row) => ({ ...row, highlightCount: counts.get(row.id) }));
}

async function loadPlainRows(filter: LibraryFilter, sort: LibrarySort, offset: number, limit: number): Promise<LibraryRow[]> {
  if (isSearch(filter)) {
    const hits = await searchClips(toQuery(filter), { offset, limit });
    return hits.map((hit) => ({
      ...summaryRow(hit.clip),
      titleHighlights: hit.titleHighlights,
      snippet: hit.snippet.text,
      highlights: hit.snippet.highlights,
    }));
  }
  return (await listClips(toClipFilter(filter), toClipSort(sort), { offset, limit })).map(summaryRow);
}

/**
 * How many clips the view holds (for some searches an upper bound until the last page is read),
 * and how many clips wait to be indexed (missing from search results until then).
 */
export async function countRows(filter: LibraryFilter): Promise<{ count: number; exact: boolean; unindexed: number }> {
  if (isSearch(filter)) {
    const result = await searchLibrary(toQuery(filter), { limit: 1, snippetLength: 0 });
    return { count: result.total, exact: result.totalIsExact, unindexed: result.index.queued };
  }
  return { count: await countClips(toClipFilter(filter)), exact: true, unindexed: 0 };
}

/** Ids of the view in list order from `offset` (to the end without `limit`): select all, shift-click ranges, export. */
export async function loadIds(filter: LibraryFilter, sort: LibrarySort, offset = 0, limit?: number): Promise<number[]> {
  if (isSearch(filter)) {
    const ids = await searchClipIds(toQuery(filter));
    return ids.slice(offset, limit === undefined ? undefined : offset + limit);
  }
  return listClipIds(toClipFilter(filter), toClipSort(sort), limit === undefined ? { offset } : { offset, limit });
}

/** Every clip id in the library, newest first (export "all", backups). */
export function loadAllIds(): Promise<number[]> {
  return listClipIds({}, 'clipped');
}

/** How many clips the library holds. */
export function countAll(): Promise<number> {
  return countClips({});
}

/** Full clips for export, in the order of `ids` (missing ones skipped). */
export function loadClips(ids: readonly number[]): Promise<Clip[]> {
  return getClips(ids);
}

/** Tags with their clip counts, most used first. */
export async function loadTagCounts(): Promise<TagCount[]> {
  return (await tagCounts()).map((entry) => ({ tag: entry.name, count: entry.count }));
}

/** Sites and languages present in the library, for the filter menus. */
export async function loadFacets(): Promise<{ sites: string[]; langs: string[] }> {
  const [sites, langs] = await Promise.all([siteCounts(), languageCounts()]);
  return { sites: sites.map((entry) => entry.value), langs: langs.map((entry) => entry.value) };
}

/** Unread, archived, favourite and placeholder counts for the status filters. */
export function loadReadingCounts(): Promise<ReadingCounts> {
  return readingCounts();
}
