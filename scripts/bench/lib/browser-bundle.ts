// Entry for the Chromium speed benchmark's browser bundle: the pipeline and raw Readability, exposed
// on a global the benchmark calls through page.evaluate.
import { Readability } from '@mozilla/readability';
import { extractClip } from '../../../utils/extract/pipeline';
import { isDocumentNode } from '../../../utils/extract/dom-guards';

/** What the benchmark page can call. */
export interface ExtractSpeedApi {
  readability: (doc: Document) => number;
  pipeline: (doc: Document, url: string) => number;
}

const api: ExtractSpeedApi = {
  // Both start from the live document and copy it, as the extension does.
  readability: (doc) => {
    const copy = doc.cloneNode(true);
    return isDocumentNode(copy) ? (new Readability(copy).parse()?.textContent?.length ?? 0) : 0;
  },
  pipeline: (doc, url) => extractClip(doc, { url, window }).text.length,
};

Reflect.set(globalThis, '__gleanerExtractSpeed', api);
