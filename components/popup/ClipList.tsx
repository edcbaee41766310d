import { t } from '../../utils/i18n';
import type { HighlightRange } from '../../utils/search';
import { Highlighted } from '../library/Highlighted';

/** What the list needs of a clip or a search hit. */
export interface ClipListEntry {
  id: number;
  title: string;
  siteName: string | null;
  snippet?: { text: string; highlights: readonly HighlightRange[] };
  titleHighlights?: readonly HighlightRange[];
}

interface Props {
  entries: readonly ClipListEntry[];
  emptyText: string;
  onOpen: (id: number) => void;
}

/** A list of clips (recent or matching); each item opens the clip in the library. */
export function ClipList({ entries, emptyText, onOpen }: Props) {
  if (entries.length === 0) {
    return (
      <p class="clip-list__empty" data-testid="clip-list" data-count="0">
        {emptyText}
      </p>
    );
  }
  return (
    <ul class="clip-list" data-testid="clip-list" data-count={entries.length}>
      {entries.map((entry) => (
        <li key={entry.id} data-testid="clip-item" data-clip-id={entry.id}>
          <button type="button" class="clip-list__item" onClick={() => onOpen(entry.id)}>
            <span class="clip-list__title">
              {entry.title ? <Highlighted text={entry.title} ranges={entry.titleHighlights ?? []} /> : t('untitled')}
            </span>
            {entry.siteName ? <span class="clip-list__site">{entry.siteName}</span> : null}
            {entry.snippet?.text ? (
              <span class="clip-list__snippet">
                <Highlighted text={entry.snippet.text} ranges={entry.snippet.highlights} />
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
