import { t } from '../../utils/i18n';

/** The "detect articles automatically" switch, a labelled native checkbox (keyboard: Tab, Space). */
export function DetectionToggle({ enabled, onChange }: { enabled: boolean; onChange: (enabled: boolean) => void }) {
  return (
    <div class="options__toggle">
      <input
        id="detection-everywhere"
        type="checkbox"
        role="switch"
        checked={enabled}
        aria-describedby={enabled ? undefined : 'detection-off-note'}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for="detection-everywhere">{t('optionsDetectionEverywhere')}</label>
      {!enabled && (
        <p id="detection-off-note" class="options__note">
          {t('optionsDetectionOffNote')}
        </p>
      )}
    </div>
  );
}
