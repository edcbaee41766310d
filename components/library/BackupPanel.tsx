import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { type BackupSettings, getBackupSettings, setAutoBackup, watchBackupSettings } from './backup-settings';
import { formatDateTime, formatNumber } from './format';
import { type RestoreChoice, restoreFromFile } from './restore-action';

interface Props {
  /** Make a full JSON backup now (and record its time); resolves to the downloaded file's name. */
  onBackup: () => Promise<string>;
}

type Status = { kind: 'idle' | 'busy' | 'ok' | 'error'; text: string };
const IDLE: Status = { kind: 'idle', text: '' };

/** "Back up now", the last backup's date, weekly automatic backups, and restore from a backup file. */
export function BackupPanel({ onBackup }: Props) {
  const [settings, setSettings] = useState<BackupSettings>();
  const [backupStatus, setBackupStatus] = useState<Status>(IDLE);
  const [restoreStatus, setRestoreStatus] = useState<Status>(IDLE);
  const [mode, setMode] = useState<RestoreChoice>('merge-skip');
  const [file, setFile] = useState<File>();
  // Replacing deletes the current library first: it takes a second, explicit click.
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void getBackupSettings().then(setSettings);
    return watchBackupSettings(setSettings);
  }, []);

  const backUp = async () => {
    setBackupStatus({ kind: 'busy', text: t('libraryBackingUp') });
    try {
      const filename = await onBackup();
      setBackupStatus({ kind: 'ok', text: t('libraryExportDone', filename) });
    } catch (error) {
      setBackupStatus({ kind: 'error', text: t('libraryExportFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  const restore = async () => {
    if (!file) return;
    if (mode === 'replace' && !confirming) return setConfirming(true);
    setConfirming(false);
    setRestoreStatus({ kind: 'busy', text: t('libraryRestoring') });
    const outcome = await restoreFromFile(file, mode);
    if (!outcome.ok) return setRestoreStatus({ kind: 'error', text: t('libraryRestoreFailed', outcome.message) });
    const { added, updated, skipped, removed } = outcome.summary;
    setRestoreStatus({
      kind: 'ok',
      text: t('libraryRestoreDone', [formatNumber(added), formatNumber(updated), formatNumber(skipped), formatNumber(removed)]),
    });
  };

  const last = settings?.lastBackupAt ? formatDateTime(settings.lastBackupAt) : '';
  return (
    <section class="panel backup-panel" aria-labelledby="backup-heading" data-testid="backup-panel">
      <h2 id="backup-heading">{t('libraryBackupHeading')}</h2>
      <p data-testid="last-backup" data-at={settings?.lastBackupAt ?? ''}>
        {last ? t('libraryLastBackup', last) : t('libraryNeverBackedUp')}
      </p>
      <div class="panel__row">
        <button type="button" class="primary" data-testid="backup-now" disabled={backupStatus.kind === 'busy'} onClick={() => void backUp()}>
          {t('libraryBackupNow')}
        </button>
      </div>
      <p class={backupStatus.kind === 'error' ? 'panel__error' : 'panel__hint'} data-testid="backup-status" data-state={backupStatus.kind} role="status">
        {backupStatus.text}
      </p>
      <label>
        <input
          type="checkbox"
          data-testid="auto-backup"
          checked={settings?.autoBackup ?? false}
          disabled={!settings}
          onChange={(event) => void setAutoBackup(event.currentTarget.checked)}
        />
        {t('libraryAutoBackup')}
      </label>
      <p class="panel__hint">{t('libraryAutoBackupHint')}</p>
      <fieldset class="restore">
        <legend>{t('libraryRestoreHeading')}</legend>
        <label for="restore-file">{t('libraryRestoreFile')}</label>
        <input
          id="restore-file"
          data-testid="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0]);
            setRestoreStatus(IDLE);
          }}
        />
        {(['merge-skip', 'merge-update', 'replace'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="restore-mode" value={option} data-testid={`restore-mode-${option}`} checked={mode === option} onChange={() => {
                setMode(option);
                setConfirming(false);
              }}
            />
            {t(option === 'merge-skip' ? 'libraryRestoreMergeSkip' : option === 'merge-update' ? 'libraryRestoreMergeUpdate' : 'libraryRestoreReplace')}
          </label>
        ))}
        {confirming ? (
          <p class="panel__error" role="alert">
            {t('libraryRestoreReplaceConfirm')}
          </p>
        ) : null}
        <button type="button" data-testid="restore-run" class={mode === 'replace' ? 'danger' : undefined} disabled={!file || restoreStatus.kind === 'busy'} onClick={() => void restore()}>
          {t(mode !== 'replace' ? 'libraryRestoreButton' : confirming ? 'libraryRestoreReplaceConfirmButton' : 'libraryRestoreReplaceButton')}
        </button>
        {confirming ? (
          <button type="button" onClick={() => setConfirming(false)}>
            {t('libraryCancel')}
          </button>
        ) : null}
        <p
          class={restoreStatus.kind === 'error' ? 'panel__error' : restoreStatus.kind === 'ok' ? 'panel__ok' : 'panel__hint'}
          data-testid="restore-status"
          data-state={restoreStatus.kind}
          role={restoreStatus.kind === 'error' ? 'alert' : 'status'}
        >
          {restoreStatus.text}
        </p>
      </fieldset>
    </section>
  );
}
