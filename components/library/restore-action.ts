import { restoreClips, type RestoreMode, type RestoreSummary } from '../../utils/db/restore';
import { checkBackupSize, parseBackup } from '../../utils/export/backup';
import { runSearchMaintenance } from '../../utils/search';

/** How a restore treats clips already in the library. */
export type RestoreChoice = RestoreMode;

/** A restore's outcome: counts, or the validation message (the library is then unchanged). */
export type RestoreOutcome = { ok: true; summary: RestoreSummary } | { ok: false; message: string };

/**
 * Validate a backup file completely, then write it in one transaction. Runs in the library page:
 * a backup of a large library is far bigger than a runtime message may carry, and the restore is
 * still one IndexedDB transaction, so it is all-or-nothing wherever it runs.
 */
export async function restoreFromFile(file: Blob, mode: RestoreChoice): Promise<RestoreOutcome> {
  const tooBig = checkBackupSize(file.size);
  if (tooBig && !tooBig.ok) return { ok: false, message: tooBig.message };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  try {
    const summary = await restoreClips(parsed.backup.clips, mode, undefined, parsed.backup.highlights);
    // Restored clips wait in the index queue; index them now, in short steps, while this page is open.
    // Failure is not fatal: the queue stays and the background picks it up at its next start.
    runSearchMaintenance({ budgetMs: 120_000 }).catch(() => undefined);
    return { ok: true, summary };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
