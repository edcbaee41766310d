import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useObserved } from '../shared/use-observed';
import type { LibraryRow } from './ClipRow';
import { type LibraryFilter, type LibrarySort, viewKey } from './filter';
import { countRows, libraryRevision, loadRows } from './library-data';

/** Rows fetched per read; the visible window spans one or two pages. */
export const PAGE_SIZE = 100;

/** The pages a row window touches. */
export function pagesFor(first: number, last: number, pageSize = PAGE_SIZE): number[] {
  if (last < first) return [];
  const pages: number[] = [];
  for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page += 1) pages.push(page);
  return pages;
}

/**
 * Some search totals are upper bounds (candidates not yet verified): a page that comes back short
 * marks the true end of the list, so the count never promises rows that do not exist.
 */
export function clampCount(count: number | undefined, pages: ReadonlyMap<number, readonly unknown[]>, pageSize = PAGE_SIZE): number | undefined {
  if (count === undefined) return undefined;
  let clamped = count;
  for (const [page, rows] of pages) {
    if (rows.length < pageSize) clamped = Math.min(clamped, page * pageSize + rows.length);
  }
  return clamped;
}

/** A live, paged view of the list: its size, the rows loaded so far, and which rows to load. */
export interface RowsView {
  key: string;
  count: number;
  /** Whether the count has arrived (an empty library and a loading one look alike otherwise). */
  ready: boolean;
  /** Clips not yet in the search index (search results may miss them). */
  unindexed: number;
  rowAt: (index: number) => LibraryRow | undefined;
  setRange: (first: number, last: number) => void;
}

/**
 * Read only the pages on screen, again whenever the library changes (in any tab: the revision is
 * observed live), and keep what was read so scrolling back shows rows at once.
 */
export function useRows(filter: LibraryFilter, sort: LibrarySort, onError: (error: unknown) => void): RowsView {
  const key = viewKey(filter, sort);
  const revision = useObserved(libraryRevision, [], -1);
  const [count, setCount] = useState<{ key: string; value: number; unindexed: number }>();
  // Pages read, with the library revision each was read at.
  const [pages, setPages] = useState<{ key: string; rows: Map<number, LibraryRow[]>; revisions: Map<number, number> }>({
    key,
    rows: new Map(),
    revisions: new Map(),
  });
  // Kept as whole pages, so scrolling re-renders the page only when another page comes into view.
  const [range, setRangeState] = useState({ first: 0, last: 0 });

  useEffect(() => {
    if (revision < 0) return undefined;
    let live = true;
    countRows(filter).then(({ count: value, unindexed }) => live && setCount({ key, value, unindexed }), onError);
    return () => {
      live = false;
    };
  }, [key, revision]);

  // Page 0 is always read: an empty list renders no rows, yet must notice clips arriving.
  const wanted = pagesFor(range.first * PAGE_SIZE, range.last * PAGE_SIZE).join(',');
  useEffect(() => {
    if (revision < 0) return undefined;
    let live = true;
    for (const page of wanted.split(',').filter(Boolean).map(Number)) {
      loadRows(filter, sort, page * PAGE_SIZE, PAGE_SIZE).then((rows) => {
        if (!live) return;
        setPages((previous) => {
          const same = previous.key === key;
          const next = new Map(same ? previous.rows : undefined);
          const revisions = new Map(same ? previous.revisions : undefined);
          next.set(page, rows);
          revisions.set(page, revision);
          return { key, rows: next, revisions };
        });
      }, onError);
    }
    return () => {
      live = false;
    };
  }, [key, wanted, revision]);

  const setRange = useCallback((first: number, last: number) => {
    const firstPage = Math.floor(first / PAGE_SIZE);
    const lastPage = Math.floor(Math.max(first, last) / PAGE_SIZE);
    setRangeState((previous) => (previous.first === firstPage && previous.last === lastPage ? previous : { first: firstPage, last: lastPage }));
  }, []);

  return useMemo(() => {
    const rows = pages.key === key ? pages.rows : new Map<number, LibraryRow[]>();
    // Only pages read at the current revision may end the list early (older ones are stale).
    const fresh = new Map([...rows].filter(([page]) => pages.revisions.get(page) === revision));
    const current = clampCount(count?.key === key ? count.value : undefined, fresh);
    return {
      key,
      count: current ?? 0,
      ready: current !== undefined,
      unindexed: count?.key === key ? count.unindexed : 0,
      rowAt: (index: number) => rows.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
      setRange,
    };
  }, [key, pages, count, revision, setRange]);
}
