import { browser } from 'wxt/browser';

/** The user's backup choices and when the last backup was made. */
export interface BackupSettings {
  /** Back up to Downloads once a week. */
  autoBackup: boolean;
  /** Epoch ms of the last finished backup (manual or automatic), or null. */
  lastBackupAt: number | null;
}

/** Storage key in `browser.storage.local`. */
export const BACKUP_SETTINGS_KEY = 'backupSettings';

/** How often the automatic backup runs. */
export const AUTO_BACKUP_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Stored data may be from an older version or hand-edited: keep only what has the right shape.
function parse(value: unknown): BackupSettings {
  if (!isRecord(value)) return { autoBackup: false, lastBackupAt: null };
  return {
    autoBackup: value.autoBackup === true,
    lastBackupAt: typeof value.lastBackupAt === 'number' && Number.isFinite(value.lastBackupAt) ? value.lastBackupAt : null,
  };
}

/** Read the backup settings (defaults when nothing is stored). */
export async function getBackupSettings(): Promise<BackupSettings> {
  const stored = await browser.storage.local.get(BACKUP_SETTINGS_KEY);
  return parse(stored[BACKUP_SETTINGS_KEY]);
}

async function update(patch: Partial<BackupSettings>): Promise<BackupSettings> {
  const next = { ...(await getBackupSettings()), ...patch };
  await browser.storage.local.set({ [BACKUP_SETTINGS_KEY]: next });
  return next;
}

/** Turn the weekly backup on or off. */
export function setAutoBackup(enabled: boolean): Promise<BackupSettings> {
  return update({ autoBackup: enabled });
}

/** Remember that a backup finished at `at`. */
export function recordBackup(at: number = Date.now()): Promise<BackupSettings> {
  return update({ lastBackupAt: at });
}

/** Whether the weekly backup is due now. */
export function isBackupDue(settings: BackupSettings, now: number = Date.now()): boolean {
  return settings.autoBackup && (settings.lastBackupAt === null || now - settings.lastBackupAt >= AUTO_BACKUP_INTERVAL_MS);
}

/** Call `listener` with fresh settings whenever they change (in any extension page); returns an unsubscribe function. */
export function watchBackupSettings(listener: (settings: BackupSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[BACKUP_SETTINGS_KEY];
    if (area === 'local' && change) listener(parse(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
