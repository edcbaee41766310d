import { describe, expect, it } from 'vitest';
import { buildTextMap, describeRange, drawHighlights, highlightHtml, normalizeText, targetFromSelection, type Highlight } from '../../../utils/highlights';

const ARTICLE = '<h2>제목</h2><p>First paragraph about <em>buses</em>.</p><p>두 번째 문단: 버스 노선을 확대한다.</p><figure><img alt=""><figcaption>Caption</figcaption></figure><p>Third   paragraph\nhere.</p>';
const CLIP_TEXT = '제목\n\nFirst paragraph about buses.\n\n두 번째 문단: 버스 노선을 확대한다.\n\nThird paragraph here.';

function container(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

function highlight(id: number, text: string, exact: string, color: Highlight['color'] = 'yellow'): Highlight {
  const start = text.indexOf(exact);
  return { id, clipId: 1, color, note: '', orphaned: false, createdAt: 0, updatedAt: 0, ...describeRange(text, start, start + exact.length) };
}

describe('text map', () => {
  it('joins blocks with one space, collapses whitespace, and matches the stored text', () => {
    const map = buildTextMap(container(ARTICLE));
    expect(map.text).toBe('제목 First paragraph about buses. 두 번째 문단: 버스 노선을 확대한다. Caption Third paragraph here.');
    expect(normalizeText(CLIP_TEXT)).toBe(map.text.replace(' Caption', ''));
  });
});

describe('drawing', () => {
  const text = normalizeText(CLIP_TEXT);

  it('wraps highlights across element boundaries in marks, as text', () => {
    const root = container(ARTICLE);
    const result = drawHighlights(document, root, [
      highlight(1, text, 'about buses. 두 번째', 'green'),
      highlight(2, text, '노선을 확대'),
    ]);
    expect(result).toEqual({ drawn: [1, 2], orphaned: [] });
    const marks = [...root.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['about ', 'buses', '.', '두 번째', '노선을 확대']);
    expect(marks.map((m) => m.getAttribute('data-highlight-id'))).toEqual(['1', '1', '1', '1', '2']);
    expect(marks[0]?.className).toBe('hl hl--green');
    expect(root.textContent).toBe(container(ARTICLE).textContent);
  });

  it('reports orphans and never turns highlight data into markup', () => {
    const evil = { ...highlight(3, text, 'Third paragraph'), color: '"><img src=x onerror=alert(1)>' as Highlight['color'] };
    const gone = { ...highlight(4, text, 'First paragraph'), quote: { type: 'TextQuoteSelector' as const, exact: 'Not in this article at all', prefix: '', suffix: '' } };
    const out = highlightHtml(document, ARTICLE, [evil, gone]);
    expect(out.drawn).toEqual([3]);
    expect(out.orphaned).toEqual([4]);
    const root = container(out.html);
    expect(root.querySelector('img[onerror]')).toBeNull();
    expect(root.querySelector('mark')?.className).toBe('hl hl--yellow');
  });

  it('overlapping highlights show the later one where they overlap', () => {
    const root = container('<p>one two three four</p>');
    const t = 'one two three four';
    drawHighlights(document, root, [highlight(1, t, 'one two three'), highlight(2, t, 'two three four', 'blue')]);
    expect([...root.querySelectorAll('mark')].map((m) => `${m.getAttribute('data-highlight-id')}:${m.textContent}`)).toEqual(['1:one ', '2:two three', '2: four']);
  });
});

describe('selection to selectors', () => {
  it('takes the quote from the DOM and the position from the stored text', () => {
    const root = container(ARTICLE);
    document.body.append(root);
    const range = document.createRange();
    const em = root.querySelector('em')!;
    range.setStart(em.firstChild!, 2);
    const korean = root.querySelectorAll('p')[1]!.firstChild!;
    range.setEnd(korean, 5);
    const target = targetFromSelection(root, range, CLIP_TEXT);
    expect(target?.quote.exact).toBe('ses. 두 번째');
    const text = normalizeText(CLIP_TEXT);
    expect(target?.position.start).toBe(Array.from(text.slice(0, text.indexOf('ses. 두'))).length);
    expect(target?.quote.prefix.endsWith('about bu')).toBe(true);
    root.remove();
  });

  it('trims surrounding spaces and ignores empty selections', () => {
    const root = container('<p>alpha</p><p>beta</p>');
    document.body.append(root);
    const range = document.createRange();
    range.setStart(root.firstChild!.firstChild!, 5);
    range.setEnd(root.lastChild!.firstChild!, 0);
    expect(targetFromSelection(root, range, 'alpha\n\nbeta')).toBeNull();
    range.setEnd(root.lastChild!.firstChild!, 2);
    expect(targetFromSelection(root, range, 'alpha\n\nbeta')?.quote.exact).toBe('be');
    root.remove();
  });
});
