import { browser } from 'wxt/browser';
import type { ClipMode, ExtractedClip } from '../extract/types';
import type { ClipErrorCode } from '../messages';
import { unclippableReason } from './clippable-url';

/** A failed capture with a machine-readable reason. */
export class CaptureError extends Error {
  constructor(
    readonly code: ClipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CaptureError';
  }
}

/** Time-box for the in-page extraction so a huge page cannot hang the clip forever. */
export const EXTRACTION_TIMEOUT_MS = 20_000;

interface ExtractorError {
  error: { code: ClipErrorCode; message: string };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isExtractorError(value: unknown): value is ExtractorError {
  return isRecord(value) && isRecord(value.error) && typeof value.error.code === 'string';
}

// The extractor is our own script; a record with these fields is the ExtractedClip it builds.
function isDraft(value: unknown): value is ExtractedClip {
  return isRecord(value) && typeof value.canonicalUrl === 'string' && typeof value.markdown === 'string';
}

/** Run the extraction pipeline inside a tab's rendered page and return the draft. */
export async function captureTab(tabId: number, mode: ClipMode): Promise<ExtractedClip> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) throw new CaptureError('no-tab', 'tab not found');
  const reason = unclippableReason(tab.url);
  if (reason) throw new CaptureError(reason, `cannot clip ${tab.url ?? 'this page'}`);
  // One deadline covers injecting and running the extractor: a page whose main thread is busy (its
  // own script looping, a huge layout) does not answer the injection either.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CaptureError('timeout', 'extraction timed out')), EXTRACTION_TIMEOUT_MS + 5_000);
  });
  try {
    await Promise.race([browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] }), timeout]);
  } catch (error) {
    clearTimeout(timer);
    if (error instanceof CaptureError) throw error;
    throw new CaptureError('no-permission', error instanceof Error ? error.message : String(error));
  }
  const run = browser.scripting.executeScript({
    target: { tabId },
    func: (options: { mode: ClipMode; timeoutMs: number }) => {
      const extract: unknown = Reflect.get(globalThis, '__gleanerExtract');
      return typeof extract === 'function'
        ? extract(options)
        : { error: { code: 'failed', message: 'extractor missing' } };
    },
    args: [{ mode, timeoutMs: EXTRACTION_TIMEOUT_MS }],
  });
  const results = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
  const result: unknown = results[0]?.result;
  if (isExtractorError(result)) throw new CaptureError(result.error.code, result.error.message);
  if (!isDraft(result)) throw new CaptureError('failed', 'the page returned no clip');
  return result;
}
