import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { formatNumber } from './format';

interface Props {
  selectedCount: number;
  /** Clips in the current list (select all takes them all). */
  total: number;
  /** Tags for the bulk tag field's suggestions. */
  knownTags: readonly string[];
  onSelectAll: () => void;
  onClear: () => void;
  onAddTag: (tag: string) => Promise<unknown>;
  onRemoveTag: (tag: string) => Promise<unknown>;
  onDelete: () => void;
  /** Mark the selection read (archived) or unread. */
  onStatus?: (status: 'unread' | 'archived') => void;
}

/** Selection count and what can be done to the selection: select all, tag, untag, delete. */
export function BulkBar({ selectedCount, total, knownTags, onSelectAll, onClear, onAddTag, onRemoveTag, onDelete, onStatus }: Props) {
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const none = selectedCount === 0;

  const apply = async (action: (tag: string) => Promise<unknown>, done: 'libraryBulkTagAdded' | 'libraryBulkTagRemoved') => {
    const value = tag.trim();
    if (!value || none || busy) return;
    setBusy(true);
    try {
      await action(value);
      setStatus(t(done, [value, formatNumber(selectedCount)]));
      setTag('');
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="bulk-bar" role="region" aria-label={t('libraryBulkLabel')} data-testid="bulk-bar" data-selected={selectedCount}>
      <span class="bulk-bar__count" data-testid="selected-count" aria-live="polite">
        {t('librarySelectedCount', formatNumber(selectedCount))}
      </span>
      <button type="button" data-testid="select-all" disabled={total === 0 || selectedCount === total} onClick={onSelectAll}>
        {t('librarySelectAll', formatNumber(total))}
      </button>
      <button type="button" data-testid="select-none" disabled={none} onClick={onClear}>
        {t('librarySelectNone')}
      </button>
      <form
        class="bulk-bar__tag"
        onSubmit={(event) => {
          event.preventDefault();
          void apply(onAddTag, 'libraryBulkTagAdded');
        }}
      >
        <label class="visually-hidden" for="bulk-tag-input">
          {t('libraryBulkTagLabel')}
        </label>
        <input
          id="bulk-tag-input"
          data-testid="bulk-tag-input"
          type="text"
          list="bulk-tag-suggestions"
          value={tag}
          placeholder={t('libraryBulkTagPlaceholder')}
          disabled={none}
          onInput={(event) => setTag(event.currentTarget.value)}
        />
        <datalist id="bulk-tag-suggestions">
          {knownTags.slice(0, 200).map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
        <button type="submit" data-testid="bulk-tag-add" disabled={none || busy || !tag.trim()}>
          {t('libraryBulkTagAdd')}
        </button>
        <button type="button" data-testid="bulk-tag-remove" disabled={none || busy || !tag.trim()} onClick={() => void apply(onRemoveTag, 'libraryBulkTagRemoved')}>
          {t('libraryBulkTagRemove')}
        </button>
      </form>
      {onStatus ? (
        <>
          <button type="button" data-testid="bulk-mark-read" disabled={none || busy} onClick={() => onStatus('archived')}>
            {t('libraryBulkMarkRead')}
          </button>
          <button type="button" data-testid="bulk-mark-unread" disabled={none || busy} onClick={() => onStatus('unread')}>
            {t('libraryBulkMarkUnread')}
          </button>
        </>
      ) : null}
      <button type="button" class="danger" data-testid="bulk-delete" disabled={none || busy} onClick={onDelete}>
        {t('libraryBulkDelete', formatNumber(selectedCount))}
      </button>
      <span class="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
