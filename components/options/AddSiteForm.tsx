import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { normalizeHostname } from '../../utils/settings/detection-settings';

/** A labelled text field and button that turn detection off for one site; invalid input is explained, not dropped. */
export function AddSiteForm({ sites, onAdd }: { sites: readonly string[]; onAdd: (host: string) => Promise<void> }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const host = normalizeHostname(value);
    if (host === '') return setError(t('optionsSiteInvalid'));
    if (sites.includes(host)) return setError(t('optionsSiteAlreadyListed', host));
    setError('');
    await onAdd(host);
    setValue('');
  };

  return (
    <form class="options__add" onSubmit={submit} noValidate>
      <label for="site-to-disable">{t('optionsSiteInputLabel')}</label>
      <div class="options__add-row">
        <input
          id="site-to-disable"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('optionsSiteInputPlaceholder')}
          value={value}
          aria-invalid={error !== ''}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit">{t('optionsSiteAdd')}</button>
      </div>
      {error && (
        <p id="site-error" class="options__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
