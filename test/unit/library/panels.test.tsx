import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { BulkBar } from '../../../components/library/BulkBar';
import { ExportMenu } from '../../../components/library/ExportMenu';
import { StoragePanel } from '../../../components/library/StoragePanel';
import { TagsPanel } from '../../../components/library/TagsPanel';
import { UNDO_WINDOW_MS, UndoToast } from '../../../components/library/UndoToast';
import { click, mount, settle, typeInto, until, useLibraryBrowser } from './helpers';

function submit(form: Element | null) {
  act(() => {
    form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('TagsPanel', () => {
  useLibraryBrowser();
  const tags = [
    { tag: '기후 변화', count: 12 },
    { tag: 'Seoul', count: 3 },
  ];
  const handlers = () => ({
    onFilter: vi.fn(),
    onRename: vi.fn(async () => 1),
    onMerge: vi.fn(async () => 1),
    onDelete: vi.fn(async () => 1),
  });

  it('lists tags with counts and filters by a tag', () => {
    const spy = handlers();
    const view = mount(<TagsPanel tags={tags} {...spy} />);
    expect(view.all('tag-row').map((row) => [row.dataset.tag, row.dataset.count])).toEqual([
      ['기후 변화', '12'],
      ['Seoul', '3'],
    ]);
    click(view.all('tag-filter')[1] ?? view.root);
    expect(spy.onFilter).toHaveBeenCalledWith('Seoul');
    view.unmount();
  });

  it('renames a tag', async () => {
    const spy = handlers();
    const view = mount(<TagsPanel tags={tags} {...spy} />);
    click(view.all('tag-rename')[0] ?? view.root);
    const input = view.get<HTMLInputElement>('tag-rename-input');
    expect(input.value).toBe('기후 변화');
    typeInto(input, '기후위기');
    submit(input.closest('form'));
    await settle();
    expect(spy.onRename).toHaveBeenCalledWith('기후 변화', '기후위기');
    expect(view.all('tag-rename-input')).toHaveLength(0);
    view.unmount();
  });

  it('merges a tag into another', async () => {
    const spy = handlers();
    const view = mount(<TagsPanel tags={tags} {...spy} />);
    click(view.all('tag-merge')[1] ?? view.root);
    const select = view.get<HTMLSelectElement>('tag-merge-select');
    expect([...select.options].map((option) => option.value)).toEqual(['기후 변화']);
    submit(select.closest('form'));
    await settle();
    expect(spy.onMerge).toHaveBeenCalledWith('Seoul', '기후 변화');
    view.unmount();
  });

  it('asks before deleting, showing how many clips carry the tag, and shows failures', async () => {
    const spy = { ...handlers(), onDelete: vi.fn(async () => Promise.reject(new Error('database closed'))) };
    const view = mount(<TagsPanel tags={tags} {...spy} />);
    click(view.all('tag-delete')[0] ?? view.root);
    expect(view.root.textContent).toContain('Remove the tag 기후 변화 from 12 clips?');
    click(view.get('tag-delete-confirm'));
    await settle();
    expect(spy.onDelete).toHaveBeenCalledWith('기후 변화');
    expect(view.root.querySelector('[role="alert"]')?.textContent).toBe('database closed');
    view.unmount();
  });
});

describe('BulkBar', () => {
  useLibraryBrowser();

  it('is inert with nothing selected, except select all', () => {
    const view = mount(
      <BulkBar selectedCount={0} total={5} knownTags={[]} onSelectAll={vi.fn()} onClear={vi.fn()} onAddTag={vi.fn()} onRemoveTag={vi.fn()} onDelete={vi.fn()} />,
    );
    expect(view.get<HTMLButtonElement>('bulk-delete').disabled).toBe(true);
    expect(view.get<HTMLInputElement>('bulk-tag-input').disabled).toBe(true);
    expect(view.get<HTMLButtonElement>('select-all').disabled).toBe(false);
    expect(view.get('select-all').textContent).toBe('Select all 5');
    view.unmount();
  });

  it('adds and removes a tag on the selection and deletes it', async () => {
    const spy = { onSelectAll: vi.fn(), onClear: vi.fn(), onAddTag: vi.fn(async () => 2), onRemoveTag: vi.fn(async () => 2), onDelete: vi.fn() };
    const view = mount(<BulkBar selectedCount={2} total={5} knownTags={['정책']} {...spy} />);
    expect(view.get('selected-count').textContent).toBe('2 selected');
    typeInto(view.get<HTMLInputElement>('bulk-tag-input'), ' 정책 ');
    click(view.get('bulk-tag-add'));
    await settle();
    expect(spy.onAddTag).toHaveBeenCalledWith('정책');
    expect(view.get<HTMLInputElement>('bulk-tag-input').value).toBe('');
    typeInto(view.get<HTMLInputElement>('bulk-tag-input'), '정책');
    click(view.get('bulk-tag-remove'));
    await settle();
    expect(spy.onRemoveTag).toHaveBeenCalledWith('정책');
    click(view.get('bulk-delete'));
    expect(spy.onDelete).toHaveBeenCalled();
    view.unmount();
  });
});

describe('UndoToast', () => {
  useLibraryBrowser();

  it('offers Undo, then goes away by itself', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const onUndo = vi.fn();
      const onDismiss = vi.fn();
      const view = mount(<UndoToast message="Deleted 2 clips." onUndo={onUndo} onDismiss={onDismiss} />);
      click(view.get('undo-delete'));
      expect(onUndo).toHaveBeenCalled();
      vi.advanceTimersByTime(UNDO_WINDOW_MS - 1);
      expect(onDismiss).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(onDismiss).toHaveBeenCalled();
      view.unmount();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('ExportMenu', () => {
  useLibraryBrowser();

  it('exports the chosen scope and format and reports the file', async () => {
    const onExport = vi.fn(async () => 'Gleaner/gleaner-citations.bib');
    const view = mount(<ExportMenu counts={{ selection: 2, filter: 10, all: 30 }} onExport={onExport} />);
    click(view.get('export-scope-selection'));
    const format = view.get<HTMLSelectElement>('export-format');
    act(() => {
      format.value = 'bibtex';
      format.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(view.get('export-run').textContent).toBe('Export 2 clips');
    click(view.get('export-run'));
    await until(() => expect(view.get('export-status').dataset.state).toBe('done'));
    expect(onExport).toHaveBeenCalledWith('selection', 'bibtex');
    expect(view.get('export-status').textContent).toContain('gleaner-citations.bib');
    view.unmount();
  });

  it('falls back from an empty selection to the current list', () => {
    const view = mount(<ExportMenu counts={{ selection: 0, filter: 10, all: 30 }} onExport={vi.fn(async () => '')} />);
    expect(view.get<HTMLInputElement>('export-scope-selection').disabled).toBe(true);
    expect(view.get<HTMLInputElement>('export-scope-filter').checked).toBe(true);
    view.unmount();
  });
});

describe('StoragePanel', () => {
  useLibraryBrowser();

  it('shows storage used and asks for persistent storage', async () => {
    let persisted = false;
    const storage = {
      estimate: vi.fn(async () => ({ usage: 5 * 1024 * 1024, quota: 100 * 1024 * 1024 * 1024 })),
      persisted: vi.fn(async () => persisted),
      persist: vi.fn(async () => {
        persisted = true;
        return true;
      }),
    };
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage }));
    try {
      const view = mount(<StoragePanel clipCount={3} />);
      await until(() => expect(view.get('storage-used').dataset.bytes).toBe(String(5 * 1024 * 1024)));
      expect(view.get('storage-used').textContent).toBe('5 MB used of 100 GB available');
      expect(view.get('storage-persisted').dataset.persisted).toBe('false');
      click(view.get('storage-persist'));
      await until(() => expect(view.get('storage-persisted').dataset.persisted).toBe('true'));
      expect(storage.persist).toHaveBeenCalled();
      expect(view.all('storage-persist')).toHaveLength(0);
      view.unmount();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
