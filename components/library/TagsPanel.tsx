import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { formatNumber } from './format';

/** A tag and how many clips carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

interface Props {
  tags: readonly TagCount[];
  onFilter: (tag: string) => void;
  onRename: (from: string, to: string) => Promise<unknown>;
  onMerge: (from: string, into: string) => Promise<unknown>;
  onDelete: (tag: string) => Promise<unknown>;
}

type Editing = { tag: string; mode: 'rename' | 'merge' | 'delete' };

/** Every tag with its count; rename, merge into another tag, or delete (with the count shown first). */
export function TagsPanel({ tags, onFilter, onRename, onMerge, onDelete }: Props) {
  const [editing, setEditing] = useState<Editing>();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');

  const start = (tag: string, mode: Editing['mode']) => {
    setEditing({ tag, mode });
    setError('');
    setValue(mode === 'rename' ? tag : (tags.find((other) => other.tag !== tag)?.tag ?? ''));
  };
  const finish = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setEditing(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <section class="panel tags-panel" aria-labelledby="tags-heading" data-testid="tags-panel">
      <h2 id="tags-heading">{t('libraryTagsHeading')}</h2>
      {tags.length === 0 ? <p class="panel__hint">{t('libraryTagsEmpty')}</p> : null}
      <ul class="tags-panel__list">
        {tags.map(({ tag, count }) => {
          const mine = editing?.tag === tag ? editing : undefined;
          return (
            <li key={tag} class="tags-panel__item" data-testid="tag-row" data-tag={tag} data-count={count}>
              <div class="tags-panel__line">
                <button type="button" class="tags-panel__name" data-testid="tag-filter" onClick={() => onFilter(tag)}>
                  <bdi>{tag}</bdi>
                </button>
                <span class="tags-panel__count" aria-label={t('libraryTagClipCount', formatNumber(count))}>
                  {formatNumber(count)}
                </span>
                <button type="button" class="link-button" data-testid="tag-rename" aria-label={t('libraryTagRenameLabel', tag)} onClick={() => start(tag, 'rename')}>
                  {t('libraryTagRename')}
                </button>
                {tags.length > 1 ? (
                  <button type="button" class="link-button" data-testid="tag-merge" aria-label={t('libraryTagMergeLabel', tag)} onClick={() => start(tag, 'merge')}>
                    {t('libraryTagMerge')}
                  </button>
                ) : null}
                <button type="button" class="link-button" data-testid="tag-delete" aria-label={t('libraryTagDeleteLabel', tag)} onClick={() => start(tag, 'delete')}>
                  {t('libraryTagDelete')}
                </button>
              </div>
              {mine?.mode === 'rename' ? (
                <form
                  class="tags-panel__edit"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const next = value.trim();
                    if (next && next !== tag) void finish(() => onRename(tag, next));
                  }}
                >
                  <label for="tag-rename-input">{t('libraryTagRenameInput', tag)}</label>
                  <input id="tag-rename-input" data-testid="tag-rename-input" type="text" value={value} autoFocus onInput={(event) => setValue(event.currentTarget.value)} />
                  <button type="submit" data-testid="tag-rename-save">{t('librarySave')}</button>
                  <button type="button" onClick={() => setEditing(undefined)}>{t('libraryCancel')}</button>
                </form>
              ) : null}
              {mine?.mode === 'merge' ? (
                <form
                  class="tags-panel__edit"
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (value && value !== tag) void finish(() => onMerge(tag, value));
                  }}
                >
                  <label for="tag-merge-select">{t('libraryTagMergeInto', tag)}</label>
                  <select id="tag-merge-select" data-testid="tag-merge-select" value={value} onChange={(event) => setValue(event.currentTarget.value)}>
                    {tags
                      .filter((other) => other.tag !== tag)
                      .map((other) => (
                        <option key={other.tag} value={other.tag}>
                          {other.tag}
                        </option>
                      ))}
                  </select>
                  <button type="submit" data-testid="tag-merge-save">{t('libraryTagMerge')}</button>
                  <button type="button" onClick={() => setEditing(undefined)}>{t('libraryCancel')}</button>
                </form>
              ) : null}
              {mine?.mode === 'delete' ? (
                <div class="tags-panel__edit" role="group" aria-label={t('libraryTagDeleteLabel', tag)}>
                  <p>{t('libraryTagDeleteConfirm', [tag, formatNumber(count)])}</p>
                  <button type="button" class="danger" data-testid="tag-delete-confirm" onClick={() => void finish(() => onDelete(tag))}>
                    {t('libraryTagDelete')}
                  </button>
                  <button type="button" onClick={() => setEditing(undefined)}>{t('libraryCancel')}</button>
                </div>
              ) : null}
              {mine && error ? (
                <p class="panel__error" role="alert">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
