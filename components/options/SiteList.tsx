import { t } from '../../utils/i18n';

/** The sites where detection is off, each with a button (named after its site for screen readers) to turn it back on. */
export function SiteList({ sites, onRemove }: { sites: readonly string[]; onRemove: (host: string) => void }) {
  if (sites.length === 0) return <p class="options__empty">{t('optionsSitesEmpty')}</p>;
  return (
    <ul class="options__sites" aria-labelledby="sites-heading">
      {sites.map((site) => (
        <li key={site} class="options__site">
          <span class="options__host">{site}</span>
          <button type="button" aria-label={t('optionsSiteRemove', site)} onClick={() => onRemove(site)}>
            {t('optionsSiteRemoveShort')}
          </button>
        </li>
      ))}
    </ul>
  );
}
