import { t } from '../../utils/i18n';
import { dbError } from './db-error';

/** A visible alert when the library cannot be read, with the browser's reason. */
export function DbErrorBanner() {
  const error = dbError.value;
  if (!error) return null;
  return (
    <p class="db-error" role="alert" data-testid="db-error">
      {t('dbErrorMessage')} <code>{error}</code>
    </p>
  );
}
