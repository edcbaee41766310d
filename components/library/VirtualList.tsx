import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Rows drawn above and below the viewport so fast scrolling shows no blank band. */
const OVERSCAN = 8;
/** Viewport height assumed before layout (and in DOMs without layout, like unit tests). */
const FALLBACK_HEIGHT = 800;

/** The first and last row index (inclusive) to render for a scroll position. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = OVERSCAN,
): { first: number; last: number } {
  if (count <= 0) return { first: 0, last: -1 };
  const top = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const bottom = Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight);
  return { first: Math.max(0, top - overscan), last: Math.min(count - 1, bottom + overscan) };
}

/** Where a keyboard key moves the active row (undefined: not a navigation key). */
export function nextIndex(key: string, current: number, count: number, pageRows: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'PageDown':
      return Math.min(last, current + pageRows);
    case 'PageUp':
      return Math.max(0, current - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

interface Props {
  count: number;
  rowHeight: number;
  label: string;
  testId: string;
  /** Render row `index`; the element to focus inside it carries `data-row-focus`. */
  renderRow: (index: number) => ComponentChildren;
  /** Told which rows are on screen (to load their data). */
  onRangeChange?: (first: number, last: number) => void;
}

/**
 * A windowed list: only the rows in and near the viewport exist in the DOM, so 100,000 clips
 * scroll like 100. Rows have a fixed height. Arrow keys, Page Up/Down, Home and End move focus
 * between rows, scrolling the target into view first.
 */
export function VirtualList({ count, rowHeight, label, testId, renderRow, onRangeChange }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  // The row keyboard focus should land on once it is rendered.
  const [pendingFocus, setPendingFocus] = useState<number>();
  const active = useRef(0);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    const measure = () => setHeight(element.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new list (another filter) starts at the top.
  useEffect(() => {
    if (scrollTop > count * rowHeight && viewport.current) {
      viewport.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [count, rowHeight, scrollTop]);

  const { first, last } = visibleRange(scrollTop, height, rowHeight, count);

  useEffect(() => {
    onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  useLayoutEffect(() => {
    if (pendingFocus === undefined || pendingFocus < first || pendingFocus > last) return;
    const target = viewport.current?.querySelector<HTMLElement>(`[data-row-index="${pendingFocus}"] [data-row-focus]`);
    target?.focus({ preventScroll: true });
    setPendingFocus(undefined);
  }, [pendingFocus, first, last]);

  const moveTo = (index: number) => {
    const element = viewport.current;
    active.current = index;
    if (element) {
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + height) element.scrollTop = top + rowHeight - height;
      setScrollTop(element.scrollTop);
    }
    setPendingFocus(index);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed into a control inside a row (a checkbox's Space, text fields) stay with it.
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type !== 'checkbox') return;
    const index = nextIndex(event.key, active.current, count, Math.max(1, Math.floor(height / rowHeight) - 1));
    if (index === undefined) return;
    event.preventDefault();
    moveTo(index);
  };

  const onFocusIn = (event: FocusEvent) => {
    const row = event.target instanceof Element ? event.target.closest('[data-row-index]') : null;
    const index = Number(row?.getAttribute('data-row-index'));
    if (Number.isInteger(index)) active.current = index;
  };

  const rows: ComponentChildren[] = [];
  for (let index = first; index <= last; index += 1) {
    rows.push(
      <li
        key={index}
        class="vlist__row"
        data-row-index={index}
        aria-setsize={count}
        aria-posinset={index + 1}
        style={{ transform: `translateY(${index * rowHeight}px)`, height: `${rowHeight}px` }}
      >
        {renderRow(index)}
      </li>,
    );
  }

  return (
    <div
      ref={viewport}
      class="vlist"
      data-testid={testId}
      data-count={count}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      <ul class="vlist__inner" aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
