import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { restoreFromFile } from '../../../components/library/restore-action';
import { serializeBackup } from '../../../utils/export/backup';
import { saveClip } from '../../../utils/db/clips';
import { setClipTags } from '../../../utils/db/tags';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { click, type Mounted, mount, typeInto, until, useLibraryBrowser } from './helpers';

const DRAFTS = [
  makeDraft({ canonicalUrl: 'https://news.example.com/a/1', title: '성동구, 10년 연속 일자리대상', text: '서울 성동구가 일자리대상을 받았다.' }),
  makeDraft({ canonicalUrl: 'https://news.example.com/a/2', title: 'Seoul summers grow longer', lang: 'en', text: 'Summers in Seoul are a month longer.' }),
  makeDraft({ canonicalUrl: 'https://other.example.org/b/3', title: '기후 변화와 도시', siteName: 'Other', text: '도시의 여름이 길어진다.' }),
];

describe('LibraryApp', () => {
  const db = useFreshDb();
  useLibraryBrowser();
  let view: Mounted;
  const titles = () => view.all('library-open').map((link) => link.textContent);

  beforeEach(async () => {
    for (const [index, draft] of DRAFTS.entries()) await saveClip(draft, 1000 + index);
    location.hash = '';
    view = mount(<LibraryApp />);
    await until(() => expect(titles()).toHaveLength(3));
  });
  afterEach(() => view.unmount());

  it('lists clips newest first with a count, and sorts by title', async () => {
    expect(titles()).toEqual(['기후 변화와 도시', 'Seoul summers grow longer', '성동구, 10년 연속 일자리대상']);
    expect(view.get('library-count').textContent).toBe('3 clips');
    const sort = view.get<HTMLSelectElement>('library-sort');
    act(() => {
      sort.value = 'clipped-asc';
      sort.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(titles()[0]).toBe('성동구, 10년 연속 일자리대상'));
  });

  it('searches as you type and highlights the matches', async () => {
    typeInto(view.get<HTMLInputElement>('library-search'), '성동구');
    await until(() => expect(titles()).toEqual(['성동구, 10년 연속 일자리대상']));
    const marks = [...view.root.querySelectorAll('[data-testid="library-row"] mark')].map((mark) => mark.textContent);
    expect(marks).toContain('성동구');
    expect(view.get('library-count').textContent).toBe('1 of 3 clips');
    typeInto(view.get<HTMLInputElement>('library-search'), '없는검색어');
    await until(() => expect(view.all('library-empty')).toHaveLength(1));
  });

  it('shows a clip saved elsewhere without a reload', async () => {
    await saveClip(makeDraft({ canonicalUrl: 'https://news.example.com/a/9', title: '새 기사' }), 5000);
    await until(() => expect(titles()[0]).toBe('새 기사'));
  });

  it('selects a range with shift-click and tags it in bulk through the background', async () => {
    const boxes = () => view.all('library-select');
    click(boxes()[0] ?? view.root);
    click(boxes()[2] ?? view.root, { shiftKey: true });
    await until(() => expect(view.get('bulk-bar').dataset.selected).toBe('3'));
    typeInto(view.get<HTMLInputElement>('bulk-tag-input'), '읽을거리');
    click(view.get('bulk-tag-add'));
    await until(async () => expect((await db().clips.toArray()).every((clip) => clip.tags.includes('읽을거리'))).toBe(true));
    await until(() => expect(view.all('tag-row').map((row) => row.dataset.count)).toEqual(['3']));
  });

  it('filters by a tag chip and clears the filter', async () => {
    const [first] = await db().clips.toArray();
    await setClipTags(first?.id ?? 0, ['정책']);
    await until(() => expect(view.all('row-tag')).toHaveLength(1));
    click(view.get('row-tag'));
    await until(() => expect(view.all('library-row')).toHaveLength(1));
    expect(view.get('active-tag-filter').dataset.tag).toBe('정책');
    click(view.get('filter-clear'));
    await until(() => expect(view.all('library-row')).toHaveLength(3));
  });

  it('filters by the site and tag menus, and the search adds their operators', async () => {
    const choose = (testId: string, value: string) => {
      const select = view.get<HTMLSelectElement>(testId);
      act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await until(() => expect([...view.get<HTMLSelectElement>('filter-site').options].map((o) => o.value)).toContain('other.example.org'));
    choose('filter-site', 'other.example.org');
    await until(() => expect(titles()).toEqual(['기후 변화와 도시']));
    choose('filter-site', '');
    const [, second] = await db().clips.toArray();
    await setClipTags(second?.id ?? 0, ['기후']);
    await until(() => expect([...view.get<HTMLSelectElement>('filter-tag').options].map((o) => o.value)).toContain('기후'));
    choose('filter-tag', '기후');
    await until(() => expect(titles()).toEqual(['Seoul summers grow longer']));
    typeInto(view.get<HTMLInputElement>('library-search'), 'seoul');
    await until(() => expect(titles()).toEqual(['Seoul summers grow longer']));
    typeInto(view.get<HTMLInputElement>('library-search'), '성동구');
    await until(() => expect(view.all('library-empty')).toHaveLength(1));
  });

  it('deletes the selection and undoes it', async () => {
    click(view.all('library-select')[1] ?? view.root);
    click(view.get('bulk-delete'));
    await until(() => expect(view.all('library-row')).toHaveLength(2));
    expect(await db().clips.count()).toBe(2);
    expect(view.get('undo-toast').textContent).toContain('Deleted 1 clips.');
    click(view.get('undo-delete'));
    await until(() => expect(view.all('library-row')).toHaveLength(3));
    expect(await db().clips.count()).toBe(3);
  });

  it('shows clips restored from a backup in this page', async () => {
    const backup = serializeBackup(await db().clips.toArray(), { appVersion: 'test' });
    click(view.get('select-all'));
    await until(() => expect(view.get('bulk-bar').dataset.selected).toBe('3'));
    click(view.get('bulk-delete'));
    await until(() => expect(view.all('library-empty')).toHaveLength(1));
    await restoreFromFile(new Blob([backup]), 'merge-skip');
    await until(() => expect(titles()).toHaveLength(3));
  });

  it('opens the reader from a row and closes it with Escape', async () => {
    click(view.all('library-open')[0] ?? view.root);
    await until(() => expect(view.get('reader').dataset.state).toBe('ready'));
    expect(location.hash).toMatch(/^#\/clip\/\d+$/);
    expect(view.root.querySelector('.library')?.hasAttribute('inert')).toBe(true);
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await until(() => expect(view.all('reader')).toHaveLength(0));
  });
});
