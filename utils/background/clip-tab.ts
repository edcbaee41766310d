import { clipErrorMessage } from '../clip-error-message';
import { CaptureError, captureTab } from '../capture/capture-tab';
import { captureTabImages } from '../capture/capture-tab-images';
import { saveClip } from '../db/clips';
import { storeClipImages } from '../db/images';
import { isQuotaError } from '../db/quota-error';
import { getDb } from '../db/schema';
import type { ClipMode } from '../extract/types';
import { t } from '../i18n';
import { prepareImages } from '../images/prepare-images';
import type { ClipErrorCode, ClipImageOutcome, ClipOutcome } from '../messages';
import { getImageSettings, imageBudgetOf } from '../settings/image-settings';
import { showBadge } from './badge';
import { scheduleSearchUpkeep } from './search-upkeep';
import { rememberTabStatus } from './tab-status-store';

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
    const images = await saveImages(tabId, clip.id, clip.html);
    const tabStatus = { state: 'clipped' as const, url: draft.url, clipId: clip.id };
    rememberTabStatus(tabId, tabStatus);
    scheduleSearchUpkeep();
    await showBadge(tabId, tabStatus);
    return { ok: true, status, clip, ...(coverage ? { coverage } : {}), ...(images ? { images } : {}) };
  } catch (error) {
    if (isQuotaError(error)) return failure('storage-full');
    return failure('storage', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Read the clip's images from the tab and store them. The clip is already saved: a failure here
 * (quota, a page that will not answer) costs the images, never the clip. Undefined when images are off.
 */
async function saveImages(tabId: number, clipId: number, html: string): Promise<ClipImageOutcome | undefined> {
  const settings = await getImageSettings();
  if (!settings.enabled) return undefined;
  const budget = imageBudgetOf(settings);
  const captured = await captureTabImages(tabId, html, { perClipBytes: budget.perClipBytes });
  const prepared = await prepareImages(captured.images);
  try {
    const result = await storeClipImages(clipId, prepared.images, budget);
    const skipped = captured.skipped.length + prepared.skipped.length + result.skipped.length;
    return { stored: result.stored, skipped, quota: result.skipped.filter((s) => s.reason === 'quota').length };
  } catch (error) {
    const lost = prepared.images.length;
    const all = captured.skipped.length + prepared.skipped.length + lost;
    return { stored: 0, skipped: all, quota: isQuotaError(error) ? lost : 0 };
  }
}
