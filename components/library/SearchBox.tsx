import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { debounce } from './debounce';

/** Typing pauses shorter than this are one search: instant, without a query per keystroke. */
export const SEARCH_DEBOUNCE_MS = 80;

interface Props {
  value: string;
  onSearch: (text: string) => void;
}

/** The library's search box (query syntax); reports text a moment after typing stops, Enter at once. */
export function SearchBox({ value, onSearch }: Props) {
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;
  const report = useMemo(() => debounce((text: string) => onSearchRef.current(text), SEARCH_DEBOUNCE_MS), []);

  useEffect(() => () => report.cancel(), [report]);
  // The query changes from outside too (a tag chip, "clear filters").
  useEffect(() => {
    if (!report.pending()) setDraft(value);
  }, [value, report]);

  // "/" focuses search from anywhere in the page, as on many sites.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="library__search" role="search">
      <label class="visually-hidden" for="library-search">
        {t('librarySearchLabel')}
      </label>
      <input
        ref={input}
        id="library-search"
        data-testid="library-search"
        type="search"
        autoComplete="off"
        spellcheck={false}
        value={draft}
        placeholder={t('librarySearchPlaceholder')}
        title={t('librarySearchHelp')}
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          report(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.isComposing) report.flush();
        }}
      />
    </div>
  );
}
