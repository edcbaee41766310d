import type { ImportedClip } from '../db/import-clips';
import { blockText } from '../extract/block-text';
import { normalizeUrl } from '../extract/canonical-url';
import { toMarkdown } from '../extract/markdown';
import { sanitizeElement } from '../extract/sanitize';
import { countChars, countWords } from '../extract/text';
import type { ImportItem, ParseHtml } from './types';

/** The library's identity of an imported address (tracking parameters and fragment dropped). */
export function importKey(url: string): string {
  return normalizeUrl(url.trim());
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * An import item as a clip to store. With article HTML it is a full clip: the HTML is parsed in an
 * inert document, sanitized with the clipper's allow-list, and its Markdown and text made the way
 * clipping makes them. Without, it is a placeholder: title and address (the text, so both are
 * searchable), tags, status and date, waiting to be clipped.
 */
export function itemToClip(item: ImportItem, view: Window, now: number, parseHtml: ParseHtml): ImportedClip {
  const canonicalUrl = importKey(item.url);
  const base = {
    url: item.url,
    canonicalUrl,
    title: item.title || item.url,
    byline: item.byline ?? null,
    authors: item.byline ? item.byline.split(/,\s*/).filter(Boolean) : [],
    published: item.published ?? null,
    modified: null,
    siteName: item.siteName ?? null,
    lang: item.lang ?? null,
    excerpt: item.excerpt ?? null,
    leadImage: null,
    keywords: [],
    confidence: 1,
    mode: 'article' as const,
    tags: item.tags,
    note: item.note ?? '',
    clippedAt: item.addedAt ?? now,
    updatedAt: now,
    status: item.status,
    favorite: item.favorite,
  };
  if (item.html) {
    // DOMParser's document has no browsing context: nothing in the untrusted HTML loads or runs.
    const doc = parseHtml(`<!doctype html><html><body><div>${item.html}</div></body></html>`);
    const holder = doc.body.firstElementChild ?? doc.body;
    const root = sanitizeElement(holder, view);
    const text = blockText(root, { captions: false });
    if (countChars(text) > 0) {
      return {
        ...base,
        html: root.innerHTML,
        markdown: toMarkdown(root),
        text,
        wordCount: countWords(text),
        charCount: countChars(text),
        leadImage: root.querySelector('img[src^="http"]')?.getAttribute('src') ?? null,
        placeholder: false,
      };
    }
  }
  return {
    ...base,
    siteName: base.siteName ?? hostOf(canonicalUrl),
    html: '',
    markdown: '',
    // The address as the body: "searchable by title/URL" with no extra index.
    text: item.url,
    wordCount: 0,
    charCount: 0,
    placeholder: true,
  };
}
