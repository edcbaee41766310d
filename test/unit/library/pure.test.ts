import { describe, expect, it } from 'vitest';
import { debounce } from '../../../components/library/debounce';
import { EMPTY_FILTER, isFiltered, nextDay, toQuery, viewKey, withoutTag, withTag } from '../../../components/library/filter';
import { splitHighlights } from '../../../components/library/Highlighted';
import { toClipFilter } from '../../../components/library/library-data';
import { parseRoute, routeHash } from '../../../components/library/route';
import { applyRange, EMPTY_SELECTION, keepExisting, rangeBounds, selectAll, toggleOne } from '../../../components/library/selection';
import { pagesFor } from '../../../components/library/use-rows';
import { nextIndex, visibleRange } from '../../../components/library/VirtualList';

describe('filter → query', () => {
  it('is empty for no filter', () => {
    expect(toQuery(EMPTY_FILTER)).toBe('');
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
  });

  it('adds one operator per control, quoting values with spaces, with an inclusive "to" day', () => {
    const filter = { ...EMPTY_FILTER, text: ' 성동구 "일자리 대상" ', tags: ['기후 변화', 'Seoul'], site: 'hani.co.kr', lang: 'ko', from: '2024-01-01', to: '2024-02-29' };
    expect(toQuery(filter)).toBe('성동구 "일자리 대상" tag:"기후 변화" tag:Seoul site:hani.co.kr lang:ko after:2024-01-01 before:2024-03-01');
    expect(isFiltered(filter)).toBe(true);
  });

  it('adds the reading filters as is: operators, and the repository filter agrees', () => {
    const filter = { ...EMPTY_FILTER, text: 'river', status: 'archived' as const, favorite: true, placeholder: true };
    expect(toQuery(filter)).toBe('river is:archived is:favorite is:saved');
    expect(isFiltered({ ...EMPTY_FILTER, status: 'unread' })).toBe(true);
    expect(toClipFilter(filter)).toEqual({ status: 'archived', favorite: true, placeholder: true });
  });

  it('computes the next calendar day across month and year ends', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
  });

  it('adds tags once (case-insensitively) and clears "untagged"', () => {
    const once = withTag({ ...EMPTY_FILTER, untagged: true }, 'Seoul');
    expect(once.tags).toEqual(['Seoul']);
    expect(once.untagged).toBe(false);
    expect(withTag(once, 'seoul')).toBe(once);
    expect(withoutTag(once, 'Seoul').tags).toEqual([]);
    expect(toQuery({ ...EMPTY_FILTER, untagged: true })).toBe('is:untagged');
  });

  it('keys views by query and sort', () => {
    expect(viewKey(EMPTY_FILTER, 'clipped-desc')).not.toBe(viewKey(EMPTY_FILTER, 'title-asc'));
    expect(viewKey({ ...EMPTY_FILTER, text: 'a' }, 'clipped-desc')).toBe(viewKey({ ...EMPTY_FILTER, text: ' a ' }, 'clipped-desc'));
  });
});

describe('selection', () => {
  it('toggles one clip and anchors on it', () => {
    const one = toggleOne(EMPTY_SELECTION, 7, 3);
    expect([...one.ids]).toEqual([7]);
    expect(one.anchor).toBe(3);
    expect(toggleOne(one, 7, 3).ids.size).toBe(0);
  });

  it('shift-click selects the range from the anchor, in either direction', () => {
    const anchored = toggleOne(EMPTY_SELECTION, 10, 5);
    expect(rangeBounds(anchored, 2)).toEqual({ from: 2, to: 5 });
    expect(rangeBounds(anchored, 9)).toEqual({ from: 5, to: 9 });
    const ranged = applyRange(anchored, [10, 11, 12, 13], 13);
    expect([...ranged.ids].sort()).toEqual([10, 11, 12, 13]);
    expect(ranged.anchor).toBe(5);
  });

  it('shift-click on a selected row deselects the range', () => {
    const all = selectAll([1, 2, 3, 4]);
    const anchored = toggleOne(toggleOne(all, 1, 0), 1, 0);
    expect([...applyRange(anchored, [1, 2, 3], 3).ids]).toEqual([4]);
  });

  it('drops clips that no longer exist', () => {
    const selection = selectAll([1, 2, 3]);
    expect([...keepExisting(selection, (id) => id !== 2).ids]).toEqual([1, 3]);
    expect(keepExisting(selection, () => true)).toBe(selection);
  });
});

describe('highlights', () => {
  it('splits text into plain and marked parts, merging overlaps and clamping', () => {
    expect(splitHighlights('서울 성동구가 일자리', [{ start: 3, end: 6 }, { start: 5, end: 7 }, { start: 30, end: 40 }])).toEqual([
      { text: '서울 ', mark: false },
      { text: '성동구가', mark: true },
      { text: ' 일자리', mark: false },
    ]);
    expect(splitHighlights('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('windowing', () => {
  it('renders only the rows near the viewport', () => {
    expect(visibleRange(0, 760, 76, 100_000, 8)).toEqual({ first: 0, last: 18 });
    expect(visibleRange(76 * 50_000, 760, 76, 100_000, 8)).toEqual({ first: 49_992, last: 50_018 });
    expect(visibleRange(76 * 99_999, 760, 76, 100_000, 8).last).toBe(99_999);
    expect(visibleRange(0, 760, 76, 0)).toEqual({ first: 0, last: -1 });
  });

  it('moves the active row with the keyboard, within bounds', () => {
    expect(nextIndex('ArrowDown', 0, 10, 5)).toBe(1);
    expect(nextIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextIndex('PageDown', 7, 10, 5)).toBe(9);
    expect(nextIndex('Home', 7, 10, 5)).toBe(0);
    expect(nextIndex('End', 0, 10, 5)).toBe(9);
    expect(nextIndex('a', 0, 10, 5)).toBeUndefined();
  });

  it('loads the pages a window touches', () => {
    expect(pagesFor(0, 40)).toEqual([0]);
    expect(pagesFor(95, 130)).toEqual([0, 1]);
    expect(pagesFor(5, 4)).toEqual([]);
  });
});

describe('route', () => {
  it('parses the reader hash and round-trips it', () => {
    expect(parseRoute('#/clip/42')).toEqual({ view: 'clip', id: 42 });
    expect(parseRoute('#/clip/0')).toEqual({ view: 'list' });
    expect(parseRoute('#/clip/abc')).toEqual({ view: 'list' });
    expect(parseRoute('')).toEqual({ view: 'list' });
    expect(routeHash({ view: 'clip', id: 42 })).toBe('#/clip/42');
  });
});

describe('debounce', () => {
  it('runs once with the last arguments, and flush runs at once', async () => {
    const calls: string[] = [];
    const run = debounce((value: string) => calls.push(value), 10);
    run('a');
    run('b');
    expect(run.pending()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toEqual(['b']);
    run('c');
    run.flush();
    expect(calls).toEqual(['b', 'c']);
    run('d');
    run.cancel();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toEqual(['b', 'c']);
  });
});
