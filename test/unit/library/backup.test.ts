import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  AUTO_BACKUP_INTERVAL_MS,
  getBackupSettings,
  isBackupDue,
  recordBackup,
  setAutoBackup,
  watchBackupSettings,
} from '../../../components/library/backup-settings';
import { restoreFromFile } from '../../../components/library/restore-action';
import { getClip, saveClip } from '../../../utils/db/clips';
import { serializeBackup } from '../../../utils/export/backup';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { useLibraryBrowser } from './helpers';

describe('backup settings', () => {
  useLibraryBrowser();

  it('defaults to off and never backed up, and survives junk in storage', async () => {
    expect(await getBackupSettings()).toEqual({ autoBackup: false, lastBackupAt: null });
    await fakeBrowser.storage.local.set({ backupSettings: { autoBackup: 'yes', lastBackupAt: 'today' } });
    expect(await getBackupSettings()).toEqual({ autoBackup: false, lastBackupAt: null });
  });

  it('records backups and tells when the weekly one is due', async () => {
    const seen: boolean[] = [];
    const stop = watchBackupSettings((settings) => seen.push(settings.autoBackup));
    const on = await setAutoBackup(true);
    expect(isBackupDue(on)).toBe(true);
    const done = await recordBackup(1_000_000);
    expect(done).toEqual({ autoBackup: true, lastBackupAt: 1_000_000 });
    expect(isBackupDue(done, 1_000_000 + AUTO_BACKUP_INTERVAL_MS - 1)).toBe(false);
    expect(isBackupDue(done, 1_000_000 + AUTO_BACKUP_INTERVAL_MS)).toBe(true);
    expect(isBackupDue({ ...done, autoBackup: false }, Number.MAX_SAFE_INTEGER)).toBe(false);
    stop();
    expect(seen).toEqual([true, true]);
  });
});

describe('restore from a file', () => {
  const db = useFreshDb();

  it('restores a backup into an empty library with the same ids and counts', async () => {
    const a = await saveClip(makeDraft(), 1000);
    const b = await saveClip(makeDraft({ canonicalUrl: 'https://news.example.com/a/2', title: '둘째' }), 2000);
    const text = serializeBackup([a.clip, b.clip], { appVersion: 'test' });
    await db().clips.clear();
    const outcome = await restoreFromFile(new Blob([text]), 'merge-skip');
    expect(outcome).toEqual({ ok: true, summary: { added: 2, updated: 0, skipped: 0, removed: 0 } });
    expect(await getClip(b.clip.id)).toMatchObject({ title: '둘째', clippedAt: 2000 });
  });

  it('rejects a foreign or truncated file with a message and leaves the library as it was', async () => {
    await saveClip(makeDraft());
    const foreign = await restoreFromFile(new Blob(['[{"type":"webpage"}]']), 'replace');
    expect(foreign).toMatchObject({ ok: false, message: expect.stringMatching(/not a Gleaner backup/) });
    const cut = serializeBackup([], { appVersion: 'test' }).slice(0, 40);
    expect(await restoreFromFile(new Blob([cut]), 'replace')).toMatchObject({ ok: false, message: expect.stringMatching(/incomplete/) });
    expect(await restoreFromFile(new Blob([]), 'replace')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
    expect(await db().clips.count()).toBe(1);
  });
});
