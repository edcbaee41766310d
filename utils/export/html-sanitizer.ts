import { sanitizeElement } from '../extract/sanitize';
import type { HtmlSanitizer } from './html';

// Never allowed in an exported page, whatever the allow-list or the DOM implementation lets through
// (happy-dom keeps a trailing <style> that DOMPurify drops in browsers).
const NEVER = 'script, style, link, meta, base, iframe, frame, object, embed, form, input, button, textarea, select, svg, math';

/**
 * A sanitizer for `clipsToHtml` using the same DOMPurify allow-list as extraction. `view` is a
 * window (the library page's own, or happy-dom/jsdom in Node). The HTML is parsed into a
 * `<template>`, whose content is inert: nothing in it loads or runs while it is cleaned.
 */
export function createHtmlSanitizer(view: Window): HtmlSanitizer {
  return (html) => {
    const holder = view.document.createElement('template');
    holder.innerHTML = html;
    const clean = sanitizeElement(holder, view);
    for (const element of [...clean.querySelectorAll(NEVER)]) element.remove();
    return clean.innerHTML;
  };
}
