import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { groupHighlights } from '../../../components/library/group-highlights';
import { HighlightsPanel } from '../../../components/library/HighlightsPanel';
import { loadRows } from '../../../components/library/library-data';
import { EMPTY_FILTER } from '../../../components/library/filter';
import { saveClip } from '../../../utils/db/clips';
import { addHighlight, highlightEntries } from '../../../utils/db/highlights';
import { setClipTags } from '../../../utils/db/tags';
import { describeRange } from '../../../utils/highlights';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { click, mount, until, useLibraryBrowser } from '../library/helpers';

const TEXT = 'Alpha beta gamma delta epsilon.';

async function seed() {
  const a = (await saveClip(makeDraft({ title: 'First', text: TEXT }), 1)).clip;
  const b = (await saveClip(makeDraft({ title: 'Second', url: 'https://e.com/b', canonicalUrl: 'https://e.com/b', text: TEXT }), 2)).clip;
  await saveClip(makeDraft({ title: 'Third', url: 'https://e.com/c', canonicalUrl: 'https://e.com/c', text: TEXT }), 3);
  await setClipTags(a.id, ['정책', 'city']);
  const at = (exact: string) => describeRange(TEXT, TEXT.indexOf(exact), TEXT.indexOf(exact) + exact.length);
  await addHighlight({ clipId: a.id, color: 'yellow', note: 'n1', ...at('beta') }, 10);
  await addHighlight({ clipId: a.id, color: 'green', ...at('delta') }, 11);
  await addHighlight({ clipId: b.id, color: 'blue', ...at('gamma') }, 12);
  return { a, b };
}

describe('Highlights view', () => {
  useFreshDb();
  useLibraryBrowser();

  it('groups every highlight by clip and by tag (untagged last)', async () => {
    await seed();
    const entries = await highlightEntries();
    expect(groupHighlights(entries, 'clip').map((g) => [g.label, g.entries.map((e) => e.highlight.quote.exact)])).toEqual([
      ['Second', ['gamma']],
      ['First', ['delta', 'beta']],
    ]);
    expect(groupHighlights(entries, 'tag').map((g) => [g.label, g.entries.length])).toEqual([
      ['city', 2],
      ['정책', 2],
      ['', 1],
    ]);
  });

  it('shows the highlights when opened and opens a clip from one', async () => {
    const { b } = await seed();
    const onOpen = vi.fn();
    const view = mount(<HighlightsPanel onOpen={onOpen} />);
    const details = view.get<HTMLDetailsElement>('highlights-panel');
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await until(() => expect(view.all('highlights-entry')).toHaveLength(3));
    click(view.get('highlights-by-tag'));
    await until(() => expect(view.all('highlights-group')).toHaveLength(3));
    click(view.all('highlights-entry')[4]!.querySelector('a')!);
    expect(onOpen).toHaveBeenCalledWith(b.id);
    view.unmount();
  });

  it('gives list rows their highlight count', async () => {
    const { a, b } = await seed();
    const rows = await loadRows(EMPTY_FILTER, 'clipped-desc', 0, 10);
    expect(rows.map((r) => [r.id, r.highlightCount])).toEqual([
      [3, undefined],
      [b.id, 1],
      [a.id, 2],
    ]);
  });
});
