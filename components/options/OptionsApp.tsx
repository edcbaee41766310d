import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { setDetectionEnabled } from '../../utils/settings/detection-settings';
import { AddSiteForm } from './AddSiteForm';
import { DetectionToggle } from './DetectionToggle';
import { ImageSettingsForm } from './ImageSettingsForm';
import { SiteList } from './SiteList';
import { useDetectionSettings } from './use-detection-settings';

/** The Options page: turn automatic article detection on or off everywhere, and per site. */
export function OptionsApp() {
  const settings = useDetectionSettings();
  // One polite live region announces every change, so keyboard and screen-reader users hear the result.
  const [status, setStatus] = useState({ text: '', failed: false });

  const save = async (scope: string, enabled: boolean, done: string): Promise<void> => {
    try {
      await setDetectionEnabled(scope, enabled);
      setStatus({ text: done, failed: false });
    } catch (error) {
      setStatus({ text: t('optionsSaveFailed', error instanceof Error ? error.message : String(error)), failed: true });
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {settings === undefined ? (
        <p>{t('optionsLoading')}</p>
      ) : (
        <section aria-labelledby="detection-heading">
          <h2 id="detection-heading">{t('optionsDetectionHeading')}</h2>
          <p class="options__intro">{t('optionsDetectionIntro')}</p>
          <DetectionToggle
            enabled={settings.enabled}
            onChange={(enabled) =>
              save('global', enabled, t(enabled ? 'optionsDetectionTurnedOn' : 'optionsDetectionTurnedOff'))
            }
          />
          <h3 id="sites-heading">{t('optionsSitesHeading')}</h3>
          <p class="options__hint">{t('optionsSitesHint')}</p>
          <SiteList sites={settings.disabledSites} onRemove={(site) => save(site, true, t('optionsSiteRemoved', site))} />
          <AddSiteForm sites={settings.disabledSites} onAdd={(site) => save(site, false, t('optionsSiteAdded', site))} />
        </section>
      )}
      <ImageSettingsForm
        onSaved={(ok, error) => setStatus(ok ? { text: t('optionsImagesSaved'), failed: false } : { text: t('optionsSaveFailed', error ?? ''), failed: true })}
      />
      <p class={status.failed ? 'options__status options__status--error' : 'options__status'} role="status" aria-live="polite">
        {status.text}
      </p>
    </main>
  );
}
