import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { DbErrorBanner } from '../shared/DbErrorBanner';
import { t, uiLanguage } from '../../utils/i18n';
import { useObserved } from '../shared/use-observed';
import { BackupPanel } from './BackupPanel';
import { recordBackup } from './backup-settings';
import { BulkBar } from './BulkBar';
import { ClipRow, type LibraryRow, ROW_HEIGHT } from './ClipRow';
import { exportClips } from './export-actions';
import type { ExportFormat } from './export-formats';
import { ExportMenu, type ExportScope } from './ExportMenu';
import { EMPTY_FILTER, isFiltered, type LibraryFilter, type LibrarySort, withTag } from './filter';
import { FilterBar } from './FilterBar';
import { formatNumber } from './format';
import { addTagToClips, deleteTag, mergeTags, removeTagFromClips, renameTag, setClipNote, setClipsFavorite, setClipsStatus, setClipTags } from './library-actions';
import { countAll, isSearch, loadAllIds, loadFacets, loadIds, loadReadingCounts, loadTagCounts } from './library-data';
import { ImportPanel } from './ImportPanel';
import { addHighlight, deleteHighlight, updateHighlight } from './library-actions';
import { ReaderView } from './ReaderView';
import { navigate, useRoute } from './route';
import { SearchBox } from './SearchBox';
import { applyRange, EMPTY_SELECTION, rangeBounds, selectAll, type Selection, toggleOne } from './selection';
import { StoragePanel } from './StoragePanel';
import { TagsPanel } from './TagsPanel';
import { UndoToast } from './UndoToast';
import { useRows } from './use-rows';
import { useAutoBackup } from './use-auto-backup';
import { useUndoDelete } from './use-undo-delete';
import { VirtualList } from './VirtualList';

/** The library page: search and filters, the windowed clip list, bulk actions, panels, and the reader. */
export function LibraryApp() {
  const route = useRoute();
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<LibrarySort>('clipped-desc');
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [error, setError] = useState('');
  const showError = useCallback((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)), []);
  const rows = useRows(filter, sort, showError);
  const totalClips = useObserved(countAll, [], 0);
  const tags = useObserved(loadTagCounts, [], []);
  const facets = useObserved(loadFacets, [], { sites: [], langs: [] });
  const readingCounts = useObserved(loadReadingCounts, [], { unread: 0, archived: 0, favorite: 0, placeholder: 0 });
  const reportFailure = (promise: Promise<unknown>) => void promise.catch(showError);
  const undo = useUndoDelete(showError);
  const lang = uiLanguage();

  // A new filter is a new list: row indexes (and so the shift-click anchor) no longer mean anything.
  const changeFilter = useCallback((next: LibraryFilter) => {
    setFilter(next);
    setSelection(EMPTY_SELECTION);
  }, []);

  const openClip = useCallback((id: number) => navigate({ view: 'clip', id }), []);
  const closeReader = useCallback(() => navigate({ view: 'list' }), []);

  // Escape closes the reader from anywhere inside it (the browser's Back does the same).
  useEffect(() => {
    if (route.view !== 'clip') return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closeReader();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [route.view, closeReader]);

  // Back in the list, focus returns to the row that was opened (when it is still on screen). In the
  // same task as the reader's removal: run later, it would pull focus from where the user (or a
  // test) had already moved it, and their next keys would land on the row.
  const [lastOpened, setLastOpened] = useState<number>();
  useLayoutEffect(() => {
    if (route.view === 'clip') return setLastOpened(route.id);
    if (lastOpened === undefined) return;
    const row = document.querySelector<HTMLElement>(`[data-clip-id="${lastOpened}"] [data-row-focus]`);
    (row ?? document.getElementById('library-search'))?.focus();
  }, [route]);

  const toggle = useCallback(
    async (row: LibraryRow, index: number, shift: boolean) => {
      if (!shift || selection.anchor === undefined) return setSelection((current) => toggleOne(current, row.id, index));
      const { from, to } = rangeBounds(selection, index);
      const ids = await loadIds(filter, sort, from, to - from + 1);
      setSelection((current) => applyRange(current, ids, row.id));
    },
    [selection, filter, sort],
  );

  const selectedIds = useMemo(() => [...selection.ids], [selection]);

  const removeClips = async (ids: readonly number[]) => {
    const removed = await undo.remove(ids);
    const gone = new Set(removed.map((clip) => clip.id));
    setSelection((current) => ({ ids: new Set([...current.ids].filter((id) => !gone.has(id))), anchor: current.anchor }));
  };

  const exportScope = async (scope: ExportScope, format: ExportFormat) => {
    const ids = scope === 'selection' ? selectedIds : scope === 'filter' ? await loadIds(filter, sort) : await loadAllIds();
    return exportClips(ids, format);
  };

  const backUp = useCallback(async () => {
    const filename = await exportClips(await loadAllIds(), 'json');
    await recordBackup();
    return filename;
  }, []);
  useAutoBackup(backUp);

  const inReader = route.view === 'clip';
  const searching = isSearch(filter);
  return (
    <>
      <div class="library" inert={inReader} aria-hidden={inReader ? 'true' : undefined}>
        <header class="library__header">
          <h1>{t('libraryTitle')}</h1>
          <SearchBox value={filter.text} onSearch={(text) => changeFilter({ ...filter, text })} />
          <span class="library__count" data-testid="library-count" data-count={rows.count} aria-live="polite">
            {rows.ready
              ? isFiltered(filter)
                ? t('libraryCountFiltered', [formatNumber(rows.count), formatNumber(totalClips)])
                : t('libraryCount', formatNumber(rows.count))
              : t('libraryLoading')}
          </span>
        </header>
        <DbErrorBanner />
        <FilterBar
          filter={filter}
          sort={sort}
          ranked={searching}
          tags={tags.map((entry) => entry.tag)}
          sites={facets.sites}
          langs={facets.langs}
          uiLang={lang}
          onFilter={changeFilter}
          counts={readingCounts}
          onSort={(next) => {
            setSort(next);
            setSelection(EMPTY_SELECTION);
          }}
        />
        <main class="library__main">
          <BulkBar
            selectedCount={selection.ids.size}
            total={rows.count}
            knownTags={tags.map((entry) => entry.tag)}
            onSelectAll={() => void loadIds(filter, sort).then((ids) => setSelection(selectAll(ids)))}
            onClear={() => setSelection(EMPTY_SELECTION)}
            onAddTag={(tag) => addTagToClips(selectedIds, tag)}
            onRemoveTag={(tag) => removeTagFromClips(selectedIds, tag)}
            onDelete={() => void removeClips(selectedIds)}
            onStatus={(status) => reportFailure(setClipsStatus(selectedIds, status))}
          />
          {searching && rows.unindexed > 0 ? (
            <p class="panel__hint library__hint" role="status" data-testid="library-indexing">
              {t('libraryIndexing', formatNumber(rows.unindexed))}
            </p>
          ) : null}
          {error ? (
            <p class="panel__error library__error" role="alert" data-testid="library-error">
              {error}
            </p>
          ) : null}
          {rows.ready && rows.count === 0 ? (
            <p class="library__empty" data-testid="library-empty">
              {totalClips === 0 ? t('libraryEmpty') : t('libraryNoMatches')}
            </p>
          ) : null}
          <VirtualList
            key={rows.key}
            count={rows.count}
            rowHeight={ROW_HEIGHT}
            label={searching ? t('librarySearchResults') : t('libraryClipsLabel')}
            testId="library-list"
            onRangeChange={rows.setRange}
            renderRow={(index) => {
              const row = rows.rowAt(index);
              return (
                <ClipRow
                  row={row}
                  index={index}
                  selected={row ? selection.ids.has(row.id) : false}
                  onToggle={(target, at, shift) => void toggle(target, at, shift)}
                  onOpen={openClip}
                  onTag={(tag) => changeFilter(withTag(filter, tag))}
                  onStatus={(id, status) => reportFailure(setClipsStatus([id], status))}
                  onFavorite={(id, favorite) => reportFailure(setClipsFavorite([id], favorite))}
                />
              );
            }}
          />
        </main>
        <aside class="library__side" aria-label={t('libraryToolsLabel')}>
          <TagsPanel
            tags={tags}
            onFilter={(tag) => changeFilter(withTag(filter, tag))}
            onRename={renameTag}
            onMerge={mergeTags}
            onDelete={deleteTag}
          />
          <ImportPanel />
          <ExportMenu counts={{ selection: selection.ids.size, filter: rows.count, all: totalClips }} onExport={exportScope} />
          <BackupPanel onBackup={backUp} />
          <StoragePanel clipCount={totalClips} />
        </aside>
      </div>
      {inReader ? (
        <div class="reader-layer">
          <ReaderView
            key={route.id}
            clipId={route.id}
            actions={{
              setTags: setClipTags,
              setNote: setClipNote,
              delete: (clip) => {
                closeReader();
                void removeClips([clip.id]);
              },
              close: closeReader,
              setStatus: (id, status) => setClipsStatus([id], status),
              setFavorite: (id, favorite) => setClipsFavorite([id], favorite),
              highlights: { add: addHighlight, update: updateHighlight, delete: deleteHighlight },
            }}
          />
        </div>
      ) : null}
      {undo.pending ? (
        <UndoToast
          key={undo.pending.serial}
          message={t('libraryDeleted', formatNumber(undo.pending.clips.length))}
          onUndo={() => void undo.undo()}
          onDismiss={undo.dismiss}
        />
      ) : null}
    </>
  );
}
