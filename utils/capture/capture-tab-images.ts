import { browser } from 'wxt/browser';
import type { PageImageCapture, PageImageOptions } from './read-page-images';

/** Time-box for reading a clip's images in the page; past it the clip is saved without them. */
export const IMAGE_CAPTURE_TIMEOUT_MS = 15_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Our own injected function builds this shape; check the outer fields before trusting it.
function isCapture(value: unknown): value is PageImageCapture {
  return isRecord(value) && Array.isArray(value.images) && Array.isArray(value.skipped);
}

const EMPTY: PageImageCapture = { images: [], skipped: [] };

/**
 * Read the images of a clip from its tab (the extractor must be injected already). Never throws:
 * a page that cannot be read, or is too slow, yields no images and the clip is saved as text.
 */
export async function captureTabImages(tabId: number, html: string, options: PageImageOptions): Promise<PageImageCapture> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), IMAGE_CAPTURE_TIMEOUT_MS);
  });
  try {
    const run = browser.scripting.executeScript({
      target: { tabId },
      func: (clipHtml: string, opts: PageImageOptions) => {
        const capture: unknown = Reflect.get(globalThis, '__gleanerCaptureImages');
        return typeof capture === 'function' ? capture(clipHtml, opts) : { images: [], skipped: [] };
      },
      args: [html, options],
    });
    const results = await Promise.race([run, timeout]);
    const result: unknown = results?.[0]?.result;
    return isCapture(result) ? result : EMPTY;
  } catch {
    return EMPTY;
  } finally {
    clearTimeout(timer);
  }
}
