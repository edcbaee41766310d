import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { stripSvgRawText } from './svg-raw-text';

// Node-side page loading for the CLI and benchmarks: files (.html or .html.gz) decoded by their
// declared charset, parsed by happy-dom with the page URL (so Readability resolves URLs the way
// Chromium does) and with scripts, CSS and frames disabled. Inline SVG loses its <style>/<script>
// first (see svg-raw-text.ts: happy-dom would swallow the rest of the page).

/** Reads an .html or .html.gz file and decodes it using its BOM or `<meta charset>` (UTF-8 default). */
export function readHtmlFile(path: string): string {
  let bytes = readFileSync(path);
  if (path.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) bytes = gunzipSync(bytes);
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let label = declared ?? 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A parsed page and the window that owns it (close it when done). */
export interface LoadedPage {
  doc: Document;
  /** The happy-dom window itself (for happy-dom APIs). */
  window: Window;
  /** The same window as the DOM's `Window` type, for code written against the DOM. */
  view: globalThis.Window;
  close: () => Promise<void>;
}

/** Parses `html` as the page at `url` in a fresh happy-dom window with scripts and loading disabled. */
export function parseHtml(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const parsed = new window.DOMParser().parseFromString(stripSvgRawText(html), 'text/html');
  // happy-dom's classes implement the DOM but are declared as separate types: one bridge here.
  const doc = parsed as unknown as Document;
  const view = window as unknown as globalThis.Window;
  return { doc, window, view, close: () => window.happyDOM.close() };
}
