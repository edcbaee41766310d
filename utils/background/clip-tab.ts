import { clipErrorMessage } from '../clip-error-message';
import { CaptureError, captureTab } from '../capture/capture-tab';
import { saveClip } from '../db/clips';
import { getDb } from '../db/schema';
import type { ClipMode } from '../extract/types';
import { t } from '../i18n';
import type { ClipErrorCode, ClipOutcome } from '../messages';
import { showBadge } from './badge';
import { scheduleSearchUpkeep } from './search-upkeep';
import { rememberTabStatus } from './tab-status-store';

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  // Dexie wraps it: in an AbortError's `inner`, or in a BulkError's `failures` (bulkPut of index rows).
  const inner: unknown = Reflect.get(error, 'inner');
  const failures: unknown = Reflect.get(error, 'failures');
  return isQuotaError(inner) || (Array.isArray(failures) && failures.some(isQuotaError));
}

function failure(code: ClipErrorCode, detail?: string): ClipOutcome {
  const message = clipErrorMessage(code);
  return { ok: false, code, message: detail && code === 'failed' ? `${message} (${detail})` : message };
}

const blockedDbs = new WeakSet<object>();

/**
 * Open the library before saving. An upgrade blocked by an older version still open elsewhere would
 * wait forever inside IndexedDB: report it as a storage failure instead, and do not queue the save
 * (so "not saved" stays true). Once the other connection closes, the open completes and clips save.
 */
function openLibrary(): Promise<void> {
  const db = getDb();
  if (db.isOpen()) return Promise.resolve();
  if (blockedDbs.has(db)) return Promise.reject(new Error('the library database is blocked by another open version of Gleaner'));
  return new Promise<void>((resolve, reject) => {
    const onBlocked = () => {
      blockedDbs.add(db);
      reject(new Error('the library database is blocked by another open version of Gleaner'));
    };
    db.on('blocked', onBlocked);
    db.open()
      .then(() => {
        blockedDbs.delete(db);
        resolve();
      }, reject)
      .finally(() => db.on.blocked.unsubscribe(onBlocked));
  });
}

// Concurrent clips of one tab (double click, shortcut + popup) collapse into one capture.
const inFlight = new Map<string, Promise<ClipOutcome>>();

/** Clip a tab: extract in the page, save (or update) the clip, and mark the toolbar. Never throws. */
export function clipTab(tabId: number, mode: ClipMode): Promise<ClipOutcome> {
  const key = `${tabId}:${mode}`;
  const pending = inFlight.get(key);
  if (pending) return pending;
  const run = clipTabOnce(tabId, mode).finally(() => inFlight.delete(key));
  inFlight.set(key, run);
  return run;
}

async function clipTabOnce(tabId: number, mode: ClipMode): Promise<ClipOutcome> {
  let draft;
  try {
    draft = await captureTab(tabId, mode);
  } catch (error) {
    if (error instanceof CaptureError) return failure(error.code);
    return failure('failed', error instanceof Error ? error.message : String(error));
  }
  try {
    await openLibrary();
    // Coverage describes this capture, not the clip: it goes to the popup, not into the library.
    const { coverage, ...toSave } = draft;
    const { clip, status } = await saveClip(toSave);
    const tabStatus = { state: 'clipped' as const, url: draft.url, clipId: clip.id };
    rememberTabStatus(tabId, tabStatus);
    scheduleSearchUpkeep();
    await showBadge(tabId, tabStatus);
    return coverage ? { ok: true, status, clip, coverage } : { ok: true, status, clip };
  } catch (error) {
    if (isQuotaError(error)) return failure('storage-full');
    return failure('storage', error instanceof Error ? error.message : String(error));
  }
}
