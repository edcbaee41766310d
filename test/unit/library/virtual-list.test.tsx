import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { VirtualList } from '../../../components/library/VirtualList';
import { mount } from './helpers';

function row(index: number) {
  return (
    <a href={`#/clip/${index}`} data-row-focus data-testid="row-link">
      Row {index}
    </a>
  );
}

function press(target: Element, key: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

describe('VirtualList', () => {
  it('renders only the rows around the viewport of a 100,000-row list', () => {
    const onRange = vi.fn();
    const view = mount(<VirtualList count={100_000} rowHeight={76} label="Clips" testId="list" renderRow={row} onRangeChange={onRange} />);
    const rows = view.all('row-link');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(view.root.querySelector('ul')?.style.height).toBe(`${100_000 * 76}px`);
    expect(onRange).toHaveBeenLastCalledWith(0, rows.length - 1);
    expect(view.root.querySelector('li')?.getAttribute('aria-setsize')).toBe('100000');
    view.unmount();
  });

  it('renders the rows at the scroll position', () => {
    const view = mount(<VirtualList count={100_000} rowHeight={76} label="Clips" testId="list" renderRow={row} />);
    const viewport = view.get('list');
    act(() => {
      viewport.scrollTop = 76 * 50_000;
      viewport.dispatchEvent(new Event('scroll'));
    });
    const texts = view.all('row-link').map((link) => link.textContent);
    expect(texts).toContain('Row 50000');
    expect(texts).not.toContain('Row 0');
    view.unmount();
  });

  it('moves focus between rows with the arrow keys, Home and End', () => {
    const view = mount(<VirtualList count={1000} rowHeight={76} label="Clips" testId="list" renderRow={row} />);
    const first = view.all('row-link')[0];
    act(() => first?.focus());
    press(first ?? view.root, 'ArrowDown');
    expect(document.activeElement?.textContent).toBe('Row 1');
    press(document.activeElement ?? view.root, 'ArrowUp');
    expect(document.activeElement?.textContent).toBe('Row 0');
    press(document.activeElement ?? view.root, 'End');
    expect(document.activeElement?.textContent).toBe('Row 999');
    press(document.activeElement ?? view.root, 'Home');
    expect(document.activeElement?.textContent).toBe('Row 0');
    view.unmount();
  });
});
