import { t } from '../../utils/i18n';
import { formatDate } from './format';
import { Highlighted, type HighlightRange } from './Highlighted';
import type { ReadingStatus } from '../../utils/db/reading-status';

/** What a list row shows of a clip (or of a search hit). */
export interface LibraryRow {
  id: number;
  title: string;
  siteName: string | null;
  published: string | null;
  clippedAt: number;
  lang: string | null;
  tags: readonly string[];
  /** Search matches in the title. */
  titleHighlights?: readonly HighlightRange[];
  /** A passage around the search matches, and the matches in it. */
  snippet?: string;
  highlights?: readonly HighlightRange[];
  status: ReadingStatus;
  favorite: boolean;
  /** Saved from an import, not yet clipped. */
  placeholder: boolean;
  /** How many highlights the clip has (#15). */
  highlightCount?: number;
}

/** Fixed height of a row in CSS pixels (the windowed list needs it). */
export const ROW_HEIGHT = 76;

interface Props {
  row: LibraryRow | undefined;
  index: number;
  selected: boolean;
  onToggle: (row: LibraryRow, index: number, shift: boolean) => void;
  onOpen: (id: number) => void;
  onTag: (tag: string) => void;
  /** Mark read (archive) or unread. */
  onStatus: (id: number, status: ReadingStatus) => void;
  onFavorite: (id: number, favorite: boolean) => void;
}

/** One clip in the library list: checkbox, title (opens the reader), site, date, tags, snippet. */
export function ClipRow({ row, index, selected, onToggle, onOpen, onTag, onStatus, onFavorite }: Props) {
  if (!row) {
    return (
      <div class="clip-row clip-row--loading" data-testid="library-row" data-loading="true" aria-busy="true">
        <span />
        <span class="clip-row__title">{t('libraryLoading')}</span>
      </div>
    );
  }
  const title = row.title || t('untitled');
  const date = formatDate(row.published ?? row.clippedAt);
  return (
    <div
      class={`clip-row${selected ? ' clip-row--selected' : ''}${row.placeholder ? ' clip-row--placeholder' : ''}${row.status === 'archived' ? ' clip-row--archived' : ''}`}
      data-testid="library-row"
      data-clip-id={row.id}
      data-selected={String(selected)}
      data-status={row.status}
      data-favorite={String(row.favorite)}
      data-placeholder={String(row.placeholder)}
    >
      <input
        type="checkbox"
        class="clip-row__check"
        data-testid="library-select"
        checked={selected}
        aria-label={t('librarySelectClip', title)}
        // Shift is only known on the click (Space on a focused checkbox clicks it too), not on change.
        onClick={(event) => {
          event.preventDefault();
          onToggle(row, index, event.shiftKey);
        }}
      />
      <div class="clip-row__body">
        <a
          class="clip-row__title"
          href={`#/clip/${row.id}`}
          dir="auto"
          data-row-focus
          data-testid="library-open"
          onClick={(event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            onOpen(row.id);
          }}
        >
          {row.title ? <Highlighted text={row.title} ranges={row.titleHighlights ?? []} /> : title}
        </a>
        <div class="clip-row__meta">
          <button
            type="button"
            class="clip-row__star"
            data-testid="row-favorite"
            aria-pressed={row.favorite}
            aria-label={t('libraryFavoriteClip', title)}
            title={t('libraryFavorite')}
            onClick={() => onFavorite(row.id, !row.favorite)}
          >
            {row.favorite ? '★' : '☆'}
          </button>
          <button
            type="button"
            class="clip-row__read"
            data-testid="row-mark-read"
            aria-label={t(row.status === 'archived' ? 'libraryMarkUnreadClip' : 'libraryMarkReadClip', title)}
            onClick={() => onStatus(row.id, row.status === 'archived' ? 'unread' : 'archived')}
          >
            {t(row.status === 'archived' ? 'libraryMarkUnread' : 'libraryMarkRead')}
          </button>
          {row.placeholder ? (
            <span class="clip-row__badge" data-testid="row-placeholder">
              {t('libraryPlaceholderBadge')}
            </span>
          ) : null}
          {row.status === 'archived' ? <span class="clip-row__badge">{t('libraryArchivedBadge')}</span> : null}
          {row.siteName ? <bdi class="clip-row__site">{row.siteName}</bdi> : null}
          {date ? <span>{date}</span> : null}
          {row.highlightCount ? (
            <span class="clip-row__highlights" data-testid="row-highlight-count" data-count={row.highlightCount}>
              {t('highlightCount', String(row.highlightCount))}
            </span>
          ) : null}
          {row.tags.length > 0 ? (
            <span class="clip-row__tags">
              {row.tags.map((tag) => (
                <button key={tag} type="button" class="clip-row__tag" data-testid="row-tag" aria-label={t('libraryFilterByTag', tag)} onClick={() => onTag(tag)}>
                  <bdi>{tag}</bdi>
                </button>
              ))}
            </span>
          ) : null}
        </div>
        {row.snippet ? (
          <p class="clip-row__snippet" dir="auto" data-testid="library-snippet">
            <Highlighted text={row.snippet} ranges={row.highlights ?? []} />
          </p>
        ) : null}
      </div>
    </div>
  );
}
