import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isExtractionError } from '../utils/extract/errors';
import { readPageImages, type PageImageOptions } from '../utils/capture/read-page-images';
import { extractClip } from '../utils/extract/pipeline';
import type { ClipDraft, ClipMode } from '../utils/extract/types';

// Injected on demand by the background (scripting.executeScript files:['/extractor.js']); it only
// defines a function, which a second executeScript({func}) calls. No listeners, no storage: the
// pipeline copies the document itself, so the live page is never touched.

type ExtractorErrorCode = 'empty' | 'too-large' | 'no-selection' | 'failed' | 'pdf';
type ExtractorResult = ClipDraft | { error: { code: ExtractorErrorCode; message: string } };
interface ExtractorOptions {
  mode: ClipMode;
  /** The pipeline is synchronous; the caller enforces the time limit. Accepted for the contract. */
  timeoutMs?: number;
}

/** The selected content (cloned ranges), or null when nothing is selected. */
function selectedFragment(): DocumentFragment | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < selection.rangeCount; i++) fragment.append(selection.getRangeAt(i).cloneContents());
  return fragment;
}

function extract(options: ExtractorOptions): ExtractorResult {
  // A PDF whose URL does not say so: Chrome's viewer page has no article text, so say what it is.
  if (document.contentType === 'application/pdf') return { error: { code: 'pdf', message: 'PDF document' } };
  try {
    return extractClip(document, {
      url: location.href,
      mode: options.mode,
      selection: options.mode === 'selection' ? selectedFragment() : null,
      window,
    });
  } catch (error) {
    if (isExtractionError(error)) return { error: { code: error.code, message: error.message } };
    return { error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}

export default defineUnlistedScript(() => {
  Reflect.set(globalThis, '__gleanerExtract', extract);
  // Called after extraction with the clip's HTML: reads the images the page already loaded.
  Reflect.set(globalThis, '__gleanerCaptureImages', (html: string, options: PageImageOptions) => readPageImages(document, html, options));
});
