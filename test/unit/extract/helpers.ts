import { parseHtml } from '../../../scripts/bench/lib/load-html';

// Builds documents for extraction tests. Full pages go through the same loader as the CLI (a fresh
// happy-dom window with the page URL, scripts and stylesheet loading disabled).

/** Parses `html` as the page at `url` and returns its Document and window. */
export function loadPage(html: string, url = 'https://example.com/news/1'): { doc: Document; window: Window } {
  const loaded = parseHtml(html, url);
  return { doc: loaded.doc, window: loaded.view };
}

/** Parses `html` into a Document in the test environment's window. */
export function htmlDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Wraps body markup in a minimal page with a title and the given head markup. */
export function page(body: string, head = '', lang = 'en'): Document {
  return htmlDoc(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`);
}

/** `n` paragraphs of filler text (enough for Readability to see an article). */
export function paragraphs(n: number, prefix = 'Sentence'): string {
  return Array.from({ length: n }, (_, i) => `<p>${prefix} ${i + 1}: the council approved the new budget after a long debate, and residents said the changes, which take effect next year, were overdue.</p>`).join('\n');
}
