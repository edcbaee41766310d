import { useEffect, useState } from 'preact/hooks';
import type { Clip } from '../../utils/db/clip';
import { t } from '../../utils/i18n';
import { searchClips } from '../../utils/search';
import { ClipList, type ClipListEntry } from './ClipList';

interface Props {
  recent: readonly Clip[];
  onOpen: (id: number) => void;
}

/** The popup's search box: empty shows recent clips, typing replaces them with matches. */
export function PopupSearch({ recent, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ClipListEntry[]>([]);

  useEffect(() => {
    if (!query.trim()) return setHits([]);
    let stale = false;
    void searchClips(query, { limit: 20 }).then((results) => {
      if (!stale)
        setHits(
          results.map((hit) => ({
            id: hit.clip.id,
            title: hit.clip.title,
            siteName: hit.clip.siteName,
            snippet: hit.snippet,
            titleHighlights: hit.titleHighlights,
          })),
        );
    });
    return () => {
      stale = true;
    };
  }, [query]);

  const searching = query.trim().length > 0;
  return (
    <section class="popup__search">
      <label class="visually-hidden" for="search-input">
        {t('searchLabel')}
      </label>
      <input
        id="search-input"
        data-testid="search-input"
        type="search"
        autoFocus
        value={query}
        placeholder={t('searchPlaceholder')}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <h2>{searching ? t('searchResults') : t('recentClips')}</h2>
      <ClipList
        entries={searching ? hits : recent.map((clip) => ({ id: clip.id, title: clip.title, siteName: clip.siteName }))}
        emptyText={searching ? t('noResults') : t('noClips')}
        onOpen={onOpen}
      />
    </section>
  );
}
