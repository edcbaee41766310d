import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ROW_HEIGHT } from '../../../components/library/ClipRow';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { importClips } from '../../../utils/db/import-clips';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { type Mounted, mount, until, useLibraryBrowser } from './helpers';

const COUNT = 450;

describe('LibraryApp with more clips than one page', () => {
  useFreshDb();
  useLibraryBrowser();
  let view: Mounted | undefined;
  afterEach(() => view?.unmount());

  it('renders a window of rows and loads the page under the scroll position', async () => {
    await importClips(
      Array.from({ length: COUNT }, (_, i) =>
        ({ ...makeDraft({ canonicalUrl: `https://news.example.com/a/${i}`, title: `Clip ${String(i).padStart(3, '0')}` }), clippedAt: 1_000 + i }),
      ),
    );
    location.hash = '';
    view = mount(<LibraryApp />);
    const mounted = view;
    const titles = () => mounted.all('library-open').map((link) => link.textContent);
    await until(() => expect(titles()[0]).toBe('Clip 449'));
    expect(mounted.get('library-list').dataset.count).toBe(String(COUNT));
    expect(mounted.all('library-row').length).toBeLessThan(40);

    const list = mounted.get('library-list');
    act(() => {
      list.scrollTop = ROW_HEIGHT * 300;
      list.dispatchEvent(new Event('scroll'));
    });
    await until(() => expect(titles()).toContain('Clip 149'));
    expect(titles()).not.toContain('Clip 449');
  });
});
