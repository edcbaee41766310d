import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { type ReaderActions, ReaderView } from '../../../components/library/ReaderView';
import { saveClip } from '../../../utils/db/clips';
import { addHighlight, clipHighlights, deleteHighlight, updateHighlight } from '../../../utils/db/highlights';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { click, mount, until, useLibraryBrowser } from '../library/helpers';

const HTML = '<p>서울 성동구가 <b>일자리대상</b>을 받았다.</p><p>The district created jobs.</p>';
const TEXT = '서울 성동구가 일자리대상을 받았다.\n\nThe district created jobs.';

function actions(): ReaderActions {
  return {
    setTags: async () => undefined,
    setNote: async () => undefined,
    delete: () => undefined,
    close: () => undefined,
    setStatus: async () => undefined,
    setFavorite: async () => undefined,
    // The background's handlers call these same repository functions.
    highlights: { add: addHighlight, update: updateHighlight, delete: deleteHighlight },
  };
}

function select(node: Node, start: number, endNode: Node, end: number): void {
  act(() => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(endNode, end);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

describe('reader highlighting', () => {
  useFreshDb();
  useLibraryBrowser();

  it('highlights a selection with the toolbar and with the H key, then edits and deletes', async () => {
    const { clip } = await saveClip(makeDraft({ html: HTML, text: TEXT }));
    const view = mount(<ReaderView clipId={clip.id} actions={actions()} />);
    await until(() => expect(view.get('reader').dataset.state).toBe('ready'));
    const body = view.get('reader-body');
    const bold = body.querySelector('b')!.firstChild!;
    select(bold, 0, bold, 5);
    await until(() => expect(view.get('highlight-toolbar')).toBeTruthy());
    click(view.get('highlight-color-green'));
    await until(async () => expect(await clipHighlights(clip.id)).toHaveLength(1));
    await until(() => expect(view.get('reader-body').querySelector('mark')?.textContent).toBe('일자리대상'));
    expect(view.get('reader-body').querySelector('mark')?.className).toBe('hl hl--green');

    const english = [...view.get('reader-body').querySelectorAll('p')].at(-1)!.firstChild!;
    select(english, 4, english, 12);
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    });
    await until(async () => expect((await clipHighlights(clip.id)).map((h) => h.quote.exact)).toEqual(['일자리대상', 'district']));
    await until(() => expect(view.all('highlight-item')).toHaveLength(2));
    expect(view.all('highlight-quote').map((q) => q.textContent)).toEqual(['일자리대상', 'district']);
    const stored = await clipHighlights(clip.id);
    expect(stored[1]?.color).toBe('yellow');
    expect(stored[1]?.position.start).toBe(Array.from('서울 성동구가 일자리대상을 받았다. The '.normalize()).length);

    const recolor = view.all('highlight-recolor')[1] as HTMLSelectElement;
    act(() => {
      recolor.value = 'pink';
      recolor.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(async () => expect((await clipHighlights(clip.id))[1]?.color).toBe('pink'));
    click(view.all('highlight-delete')[0]!);
    await until(async () => expect((await clipHighlights(clip.id)).map((h) => h.quote.exact)).toEqual(['district']));
    await until(() => expect(view.get('reader-body').querySelectorAll('mark')).toHaveLength(1));
    view.unmount();
  });

  it('does not highlight while typing in a field, and shows orphans flagged', async () => {
    const { clip } = await saveClip(makeDraft({ html: HTML, text: TEXT }));
    await addHighlight({
      clipId: clip.id,
      color: 'blue',
      quote: { type: 'TextQuoteSelector', exact: 'a passage that was removed later on', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 10 },
    });
    const view = mount(<ReaderView clipId={clip.id} actions={actions()} />);
    await until(() => expect(view.all('highlight-item')).toHaveLength(1));
    await until(() => expect(view.get('highlight-item').dataset.orphaned).toBe('true'));
    expect(view.get('highlight-orphaned')).toBeTruthy();
    const note = view.get<HTMLTextAreaElement>('reader-note');
    const bold = view.get('reader-body').querySelector('b')!.firstChild!;
    select(bold, 0, bold, 3);
    act(() => {
      note.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await clipHighlights(clip.id)).toHaveLength(1);
    view.unmount();
  });
});
