import { useEffect, useState } from 'preact/hooks';
import type { Clip } from '../../utils/db/clip';
import { tagCounts } from '../../utils/db/tag-counts';
import { t } from '../../utils/i18n';
import { searchClips } from '../../utils/search';
import { useObserved } from '../shared/use-observed';
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

  const topTags = useObserved(async () => (await tagCounts()).slice(0, 8), [], []);
  const searching = query.trim().length > 0;
  const tagFilter = (name: string) => `tag:${/[\s"]/.test(name) ? `"${name.replace(/"/g, '')}"` : name}`;
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
      {topTags.length > 0 ? (
        <ul class="popup__tags" aria-label={t('popupTagFilters')}>
          {topTags.map((tag) => (
            <li key={tag.key}>
              <button
                type="button"
                class="chip chip--button"
                data-testid="tag-filter"
                aria-pressed={query.trim() === tagFilter(tag.name)}
                onClick={() => setQuery(query.trim() === tagFilter(tag.name) ? '' : tagFilter(tag.name))}
              >
                {tag.name} <span class="chip__count">{tag.count}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <h2>{searching ? t('searchResults') : t('recentClips')}</h2>
      <ClipList
        entries={searching ? hits : recent.map((clip) => ({ id: clip.id, title: clip.title, siteName: clip.siteName }))}
        emptyText={searching ? t('noResults') : t('noClips')}
        onOpen={onOpen}
      />
    </section>
  );
}
