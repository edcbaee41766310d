import type { ReadingCounts } from '../../utils/db/reading';
import type { MessageKey } from '../../utils/i18n';
import { formatNumber } from './format';
import { t } from '../../utils/i18n';
import { EMPTY_FILTER, isFiltered, type LibraryFilter, type LibrarySort, SORTS, withoutTag, withTag } from './filter';

const SORT_LABEL: Record<LibrarySort, MessageKey> = {
  'clipped-desc': 'librarySortClippedDesc',
  'clipped-asc': 'librarySortClippedAsc',
  'published-desc': 'librarySortPublishedDesc',
  'published-asc': 'librarySortPublishedAsc',
  'title-asc': 'librarySortTitle',
};

/** Language name in the UI language ("ko" → "Korean"/"한국어"), or the code when unknown. */
export function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface Props {
  filter: LibraryFilter;
  sort: LibrarySort;
  /** Whether the list is ranked by relevance (a text query), which overrides the sort. */
  ranked: boolean;
  /** Tags in use, for the tag menu. */
  tags: readonly string[];
  sites: readonly string[];
  langs: readonly string[];
  uiLang: string;
  onFilter: (filter: LibraryFilter) => void;
  onSort: (sort: LibrarySort) => void;
  /** Reading counts for the status filters. */
  counts: ReadingCounts;
}

/** Tag chips, site, language, date range, "untagged", sort, and a reset. */
export function FilterBar({ filter, sort, ranked, tags, sites, langs, uiLang, onFilter, onSort, counts }: Props) {
  const set = (patch: Partial<LibraryFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div class="library__filters" data-testid="library-filters">
      {filter.tags.length > 0 ? (
        <ul class="filter-chips" aria-label={t('libraryActiveTags')} data-testid="active-tag-filters">
          <li class="filter-chips__label" aria-hidden="true">
            {t('libraryActiveTags')}
          </li>
          {filter.tags.map((tag) => (
            <li key={tag} class="chip" data-testid="active-tag-filter" data-tag={tag}>
              <bdi>{tag}</bdi>
              <button type="button" class="chip__remove" aria-label={t('libraryRemoveTagFilter', tag)} onClick={() => onFilter(withoutTag(filter, tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="filter-bar">
        <label class="filter-bar__field">
          {t('libraryFilterTag')}
          <select
            data-testid="filter-tag"
            value=""
            disabled={tags.length === 0}
            onChange={(event) => {
              const tag = event.currentTarget.value;
              // The menu only adds a tag; the chips above show and remove the chosen ones.
              event.currentTarget.value = '';
              if (tag) onFilter(withTag(filter, tag));
            }}
          >
            <option value="">{t('libraryFilterAddTag')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label class="filter-bar__field">
          {t('libraryFilterSite')}
          <select data-testid="filter-site" value={filter.site} onChange={(event) => set({ site: event.currentTarget.value })}>
            <option value="">{t('libraryFilterAny')}</option>
            {/* Keep a chosen site listed even when no clip of it remains. */}
            {(filter.site && !sites.includes(filter.site) ? [filter.site, ...sites] : sites).map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>
        <label class="filter-bar__field">
          {t('libraryFilterLanguage')}
          <select data-testid="filter-lang" value={filter.lang} onChange={(event) => set({ lang: event.currentTarget.value })}>
            <option value="">{t('libraryFilterAny')}</option>
            {(filter.lang && !langs.includes(filter.lang) ? [filter.lang, ...langs] : langs).map((lang) => (
              <option key={lang} value={lang}>
                {languageName(lang, uiLang)}
              </option>
            ))}
          </select>
        </label>
        <label class="filter-bar__field">
          {t('libraryFilterFrom')}
          <input type="date" data-testid="filter-from" value={filter.from} max={filter.to || undefined} onChange={(event) => set({ from: event.currentTarget.value })} />
        </label>
        <label class="filter-bar__field">
          {t('libraryFilterTo')}
          <input type="date" data-testid="filter-to" value={filter.to} min={filter.from || undefined} onChange={(event) => set({ to: event.currentTarget.value })} />
        </label>
        <label class="filter-bar__check">
          <input
            type="checkbox"
            data-testid="filter-untagged"
            checked={filter.untagged}
            onChange={(event) => set({ untagged: event.currentTarget.checked, tags: event.currentTarget.checked ? [] : filter.tags })}
          />
          {t('libraryFilterUntagged')}
        </label>
        <label class="filter-bar__field">
          {t('libraryFilterStatus')}
          <select
            data-testid="filter-status"
            value={filter.status}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set({ status: value === 'unread' || value === 'archived' ? value : '' });
            }}
          >
            <option value="">{t('libraryStatusAny', formatNumber(counts.unread + counts.archived))}</option>
            <option value="unread" data-testid="status-count-unread" data-count={counts.unread}>
              {t('libraryStatusUnread', formatNumber(counts.unread))}
            </option>
            <option value="archived" data-testid="status-count-archived" data-count={counts.archived}>
              {t('libraryStatusArchived', formatNumber(counts.archived))}
            </option>
          </select>
        </label>
        <label class="filter-bar__check">
          <input type="checkbox" data-testid="filter-favorite" checked={filter.favorite} onChange={(event) => set({ favorite: event.currentTarget.checked })} />
          {t('libraryFilterFavorite', formatNumber(counts.favorite))}
        </label>
        {counts.placeholder > 0 || filter.placeholder ? (
          <label class="filter-bar__check">
            <input
              type="checkbox"
              data-testid="filter-placeholder"
              checked={filter.placeholder}
              onChange={(event) => set({ placeholder: event.currentTarget.checked })}
            />
            {t('libraryFilterPlaceholder', formatNumber(counts.placeholder))}
          </label>
        ) : null}
        <label class="filter-bar__field">
          {t('librarySortLabel')}
          {/* Search results are ranked by relevance; the chosen sort applies again when the search is cleared. */}
          <select data-testid="library-sort" value={ranked ? 'relevance' : sort} disabled={ranked} onChange={(event) => onSort(parseSort(event.currentTarget.value))}>
            {ranked ? <option value="relevance">{t('librarySortRanked')}</option> : null}
            {SORTS.map((option) => (
              <option key={option} value={option}>
                {t(SORT_LABEL[option])}
              </option>
            ))}
          </select>
        </label>
        {isFiltered(filter) ? (
          <button type="button" class="link-button" data-testid="filter-clear" onClick={() => onFilter(EMPTY_FILTER)}>
            {t('libraryFilterClear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

function parseSort(value: string): LibrarySort {
  return SORTS.find((sort) => sort === value) ?? 'clipped-desc';
}
