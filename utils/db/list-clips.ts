import { normalizeSite } from '../search/facets';
import type { ClipSummary } from './clip-summary';
import type { ReadingStatus } from './reading-status';
import { getDb, type GleanerDb } from './schema';
import { readStats } from './search-meta';
import { tagKey } from './tag-key';

/** Library filters (all given ones must hold; dates are YYYY-MM-DD, before exclusive). */
export interface ClipFilter {
  /** Clips carrying every one of these tags (case-insensitive). */
  tags?: string[];
  /** Host, parent domain or site name, as `site:` accepts. */
  site?: string;
  /** Primary language subtag ("ko"). */
  lang?: string;
  after?: string;
  before?: string;
  untagged?: boolean;
  /** v3: only clips with this reading status. */
  status?: ReadingStatus;
  /** v3: only favourites (true) or only the others (false). */
  favorite?: boolean;
  /** v3: only placeholders (true) or only clipped pages (false). */
  placeholder?: boolean;
}

/** Sort fields: clip time, publication time (clip time when unknown), folded title. */
export type ClipSortField = 'clipped' | 'published' | 'title';

/**
 * A sort: a field (newest first for times, A→Z for titles) or an explicit field and direction.
 * `clippedAt` is accepted as an alias of `clipped`.
 */
export type ClipSort = ClipSortField | { field: ClipSortField | 'clippedAt'; direction: 'asc' | 'desc' };

/** A page of a list (no limit = to the end). */
export interface ListRange {
  offset: number;
  limit?: number;
}

const SORT_INDEX = { clipped: 'clippedAt', clippedAt: 'clippedAt', published: 'publishedAt', title: 'titleKey' } as const;

/** Below this many matches, sorting the matching summaries in memory beats reading the sort index. */
const SMALL_SET = 2000;

/** Ordered matching ids per filter+sort, valid while the library revision is unchanged. */
const caches = new WeakMap<GleanerDb, { key: string; ids: number[] }>();

function resolveSort(sort: ClipSort): { index: 'clippedAt' | 'publishedAt' | 'titleKey'; descending: boolean } {
  if (typeof sort === 'string') return { index: SORT_INDEX[sort], descending: sort !== 'title' };
  return { index: SORT_INDEX[sort.field], descending: sort.direction === 'desc' };
}

function hasFilter(f: ClipFilter): boolean {
  return Boolean(
    f.tags?.length || f.site || f.lang || f.after || f.before || f.untagged !== undefined || f.status || f.favorite !== undefined || f.placeholder !== undefined,
  );
}

/** Ids matching the filter (keys-only index reads, intersected), or undefined for "all". */
async function matchingIds(db: GleanerDb, f: ClipFilter): Promise<Set<number> | undefined> {
  if (!hasFilter(f)) return undefined;
  const s = db.clipSummaries;
  const lists: Promise<number[]>[] = [];
  for (const tag of f.tags ?? []) lists.push(s.where('tagKeys').equals(tagKey(tag)).primaryKeys());
  if (f.site) lists.push(s.where('sites').equals(normalizeSite(f.site)).primaryKeys());
  if (f.lang) lists.push(s.where('lang').equals(f.lang.toLowerCase()).primaryKeys());
  if (f.after || f.before) lists.push(s.where('date').between(f.after || '', f.before || '\uffff', true, false).primaryKeys());
  if (f.untagged === true) lists.push(s.where('tagCount').equals(0).primaryKeys());
  if (f.untagged === false) lists.push(s.where('tagCount').above(0).primaryKeys());
  if (f.status) lists.push(s.where('status').equals(f.status).primaryKeys());
  if (f.favorite === true) lists.push(s.where('flags').equals('favorite').primaryKeys());
  if (f.placeholder === true) lists.push(s.where('flags').equals('placeholder').primaryKeys());
  const negated: Promise<number[]>[] = [];
  if (f.favorite === false) negated.push(s.where('flags').equals('favorite').primaryKeys());
  if (f.placeholder === false) negated.push(s.where('flags').equals('placeholder').primaryKeys());
  if (negated.length > 0) {
    // "Not favourite": every id minus the (usually few) flagged ones.
    const [all, ...flagged] = await Promise.all([s.toCollection().primaryKeys(), ...negated]);
    const drop = new Set(flagged.flat());
    lists.push(Promise.resolve(all.filter((id) => !drop.has(id))));
  }
  const sets = (await Promise.all(lists)).sort((a, b) => a.length - b.length);
  const [smallest, ...rest] = sets;
  let result = new Set(smallest ?? []);
  for (const other of rest) {
    const o = new Set(other);
    result = new Set([...result].filter((id) => o.has(id)));
  }
  return result;
}

function compareBy(index: 'clippedAt' | 'publishedAt' | 'titleKey'): (a: ClipSummary, b: ClipSummary) => number {
  if (index === 'titleKey') return (a, b) => (a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : a.id - b.id);
  return (a, b) => a[index] - b[index] || a.id - b.id;
}

/** Ids of a filtered list in order (cached per library revision). Call inside a read transaction. */
async function orderedIds(db: GleanerDb, filter: ClipFilter, sort: ClipSort): Promise<number[]> {
  const { index, descending } = resolveSort(sort);
  const stats = await readStats(db);
  const key = JSON.stringify([filter, index, descending, stats.revision]);
  const cached = caches.get(db);
  if (cached?.key === key) return cached.ids;
  const ids = await matchingIds(db, filter);
  let ordered: number[];
  if (ids && ids.size <= SMALL_SET) {
    const rows = (await db.clipSummaries.bulkGet([...ids])).filter((r): r is ClipSummary => r !== undefined);
    ordered = rows.sort(compareBy(index)).map((r) => r.id);
  } else {
    const all = await db.clipSummaries.orderBy(index).primaryKeys();
    ordered = ids ? all.filter((id) => ids.has(id)) : all;
  }
  if (descending) ordered.reverse();
  caches.set(db, { key, ids: ordered });
  return ordered;
}

/**
 * One page of clip summaries matching a filter, sorted. Unfiltered pages walk the sort index
 * (no bodies read); filtered ones intersect keys-only index reads and order the matches once per
 * library revision, so scrolling 100k rows reads only the rows shown.
 */
export async function listClips(filter: ClipFilter, sort: ClipSort, range: ListRange): Promise<ClipSummary[]> {
  const db = getDb();
  return db.transaction('r', [db.clipSummaries, db.searchMeta], async () => {
    if (!hasFilter(filter)) {
      const { index, descending } = resolveSort(sort);
      const ordered = db.clipSummaries.orderBy(index);
      const page = (descending ? ordered.reverse() : ordered).offset(range.offset);
      return range.limit === undefined ? page.toArray() : page.limit(range.limit).toArray();
    }
    const ids = await orderedIds(db, filter, sort);
    const page = ids.slice(range.offset, range.limit === undefined ? undefined : range.offset + range.limit);
    return (await db.clipSummaries.bulkGet(page)).filter((r): r is ClipSummary => r !== undefined);
  });
}

/** Ids of a list in order (select all, shift-click ranges, export), without reading rows. */
export async function listClipIds(filter: ClipFilter, sort: ClipSort, range: ListRange = { offset: 0 }): Promise<number[]> {
  const db = getDb();
  return db.transaction('r', [db.clipSummaries, db.searchMeta], async () => {
    const ids = await orderedIds(db, filter, sort);
    return ids.slice(range.offset, range.limit === undefined ? undefined : range.offset + range.limit);
  });
}

/** How many clips match a filter (the length of the list listClips pages through). */
export async function countClips(filter: ClipFilter): Promise<number> {
  const db = getDb();
  return db.transaction('r', [db.clipSummaries], async () => {
    const ids = await matchingIds(db, filter);
    return ids ? ids.size : db.clipSummaries.count();
  });
}
