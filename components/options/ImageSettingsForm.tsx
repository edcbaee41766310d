import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { getImageSettings, setImageSettings, type ImageSettings } from '../../utils/settings/image-settings';

/** The image settings: store images with clips, and the per-clip and library budgets (saved on change). */
export function ImageSettingsForm({ onSaved }: { onSaved: (ok: boolean, error?: string) => void }) {
  const [settings, setSettings] = useState<ImageSettings | undefined>(undefined);
  useEffect(() => {
    void getImageSettings().then(setSettings);
  }, []);
  if (!settings) return null;

  const save = async (next: ImageSettings) => {
    try {
      setSettings(await setImageSettings(next));
      onSaved(true);
    } catch (error) {
      onSaved(false, error instanceof Error ? error.message : String(error));
    }
  };
  const number = (value: string, fallback: number) => {
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
  };

  return (
    <section aria-labelledby="images-heading" data-testid="image-settings">
      <h2 id="images-heading">{t('optionsImagesHeading')}</h2>
      <div class="options__toggle">
        <input
          id="images-enabled"
          type="checkbox"
          role="switch"
          data-testid="images-enabled"
          checked={settings.enabled}
          onChange={(event) => void save({ ...settings, enabled: event.currentTarget.checked })}
        />
        <label for="images-enabled">{t('optionsImagesEnabled')}</label>
      </div>
      <p class="options__hint">{t('optionsImagesHint')}</p>
      <p>
        <label for="images-per-clip">{t('optionsImagesPerClip')}</label>{' '}
        <input
          id="images-per-clip"
          type="number"
          min="0"
          step="1"
          data-testid="images-per-clip"
          value={settings.perClipMb}
          disabled={!settings.enabled}
          onChange={(event) => void save({ ...settings, perClipMb: number(event.currentTarget.value, settings.perClipMb) })}
        />
      </p>
      <p>
        <label for="images-library">{t('optionsImagesLibrary')}</label>{' '}
        <input
          id="images-library"
          type="number"
          min="0"
          step="100"
          data-testid="images-library"
          value={settings.libraryMb}
          disabled={!settings.enabled}
          onChange={(event) => void save({ ...settings, libraryMb: number(event.currentTarget.value, settings.libraryMb) })}
        />
      </p>
    </section>
  );
}
