import { clipErrorMessage } from '../clip-error-message';
import { CaptureError, captureTab } from '../capture/capture-tab';
import { saveClip } from '../db/clips';
import type { ClipMode } from '../extract/types';
import { t } from '../i18n';
import type { ClipErrorCode, ClipOutcome } from '../messages';
import { showBadge } from './badge';
import { scheduleSearchUpkeep } from './search-upkeep';
import { rememberTabStatus } from './tab-status-store';

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner = 'inner' in error && error.inner instanceof Error ? error.inner : undefined;
  return [error.name, inner?.name].some((name) => name === 'QuotaExceededError');
}

function failure(code: ClipErrorCode, detail?: string): ClipOutcome {
  const message = clipErrorMessage(code);
  return { ok: false, code, message: detail && code === 'failed' ? `${message} (${detail})` : message };
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
    const { clip, status } = await saveClip(draft);
    const tabStatus = { state: 'clipped' as const, url: draft.url, clipId: clip.id };
    rememberTabStatus(tabId, tabStatus);
    scheduleSearchUpkeep();
    await showBadge(tabId, tabStatus);
    return { ok: true, status, clip };
  } catch (error) {
    if (isQuotaError(error)) return failure('storage-full');
    return failure('storage', error instanceof Error ? error.message : String(error));
  }
}
