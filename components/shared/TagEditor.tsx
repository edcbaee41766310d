import { useState } from 'preact/hooks';
import { suggestTags } from '../../utils/db/tag-counts';
import { t } from '../../utils/i18n';
import { useObserved } from './use-observed';

interface Props {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Tag chips with remove buttons and an input where Enter adds the typed tag. */
export function TagEditor({ tags, onChange }: Props) {
  const [draft, setDraft] = useState('');
  // Existing tags by prefix and frequency, offered through the input's native (keyboard-usable) list.
  const suggestions = useObserved(() => suggestTags(draft, 8, tags), [draft, tags.join('\u0000')], []);
  const add = () => {
    const tag = draft.trim();
    if (!tag) return;
    setDraft('');
    onChange([...tags, tag]);
  };
  return (
    <div class="tag-editor">
      <ul class="tag-editor__chips" data-testid="tag-list">
        {tags.map((tag) => (
          <li key={tag} class="chip" data-testid="tag-chip">
            <span>{tag}</span>
            <button
              type="button"
              class="chip__remove"
              aria-label={t('removeTag', tag)}
              onClick={() => onChange(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label class="visually-hidden" for="tag-input">
        {t('tagInputLabel')}
      </label>
      <input
        id="tag-input"
        data-testid="tag-input"
        type="text"
        value={draft}
        placeholder={t('tagInputPlaceholder')}
        list="tag-suggestions"
        autoComplete="off"
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.isComposing) {
            event.preventDefault();
            add();
          }
        }}
      />
      <datalist id="tag-suggestions" data-testid="tag-suggestions">
        {suggestions.map((suggestion) => (
          <option key={suggestion.key} value={suggestion.name} />
        ))}
      </datalist>
    </div>
  );
}
