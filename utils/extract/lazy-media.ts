import { absoluteUrl } from './canonical-url';

// Lazy-loading scripts leave the real image URL in data-* attributes and a placeholder in src
// (a 1×1 GIF, "blank.gif", a data: URI). A clip is read later, without those scripts, so the real
// URL must be in src, and every link and image must be absolute.

const LAZY_SRC_ATTRS = [
  'data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-echo', 'data-lazyload',
  'data-original-src', 'data-hi-res-src', 'data-full-src', 'data-img-src', 'data-image', 'data-actualsrc',
  'data-orig-src', 'data-raw-src', 'data-pagespeed-lazy-src', 'data-ks-lazyload', 'lazy-src', 'data-srcimg',
];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set', 'data-pagespeed-lazy-srcset'];
const PLACEHOLDER = /^data:|blank|spacer|placeholder|transparent|pixel|1x1|lazy|loading|grey\.gif|dummy|empty\.(?:gif|png)/i;

/** True when `src` is missing or a placeholder that a lazy loader would replace. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  // Small inline images can be real (icons, formulas); only tiny GIF/SVG stubs are placeholders.
  if (/^data:/i.test(src)) return src.length < 200 || /^data:image\/(?:gif|svg)/i.test(src);
  return PLACEHOLDER.test(src);
}

/** The widest candidate of a srcset ("a.jpg 480w, b.jpg 1080w" → "b.jpg"). */
export function largestFromSrcset(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = descriptor ? parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) : 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function rewriteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((part) => {
      const [url, ...rest] = part.trim().split(/\s+/);
      const abs = absoluteUrl(url, base);
      return abs ? [abs, ...rest].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

function resolveImage(img: Element): void {
  const src = img.getAttribute('src');
  if (isPlaceholderSrc(src)) {
    const lazy = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholderSrc(v));
    const lazySet = LAZY_SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean) ?? img.getAttribute('srcset');
    const fromSet = lazySet ? largestFromSrcset(lazySet) : null;
    const fromPicture = img.parentElement?.matches('picture')
      ? [...img.parentElement.querySelectorAll('source')]
          .map((s) => s.getAttribute('srcset') ?? s.getAttribute('data-srcset'))
          .map((s) => (s ? largestFromSrcset(s) : null))
          .find(Boolean)
      : null;
    const real = lazy ?? fromSet ?? fromPicture ?? null;
    if (real) img.setAttribute('src', real);
  }
  // An image that has a srcset keeps it: the lazy attributes are read only when it has none.
  if (img.getAttribute('srcset')) return;
  const set = LAZY_SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
  if (set) img.setAttribute('srcset', set);
}

/** Replaces an image-only `<noscript>` by its image when the visible twin is a placeholder or absent. */
function unwrapNoscript(noscript: Element, doc: Document): void {
  // Parsed without scripting the fallback is elements; with scripting (as in the live page it was
  // copied from) it is one text node holding the markup, which serializing would only escape.
  const markup = noscript.firstElementChild ? noscript.innerHTML : (noscript.textContent ?? '');
  if (!/<img\b/i.test(markup)) return;
  const template = doc.createElement('template');
  template.innerHTML = markup;
  const imgs = template.content.querySelectorAll('img');
  if (imgs.length !== 1) return;
  const fallback = imgs[0];
  if (!fallback || isPlaceholderSrc(fallback.getAttribute('src'))) return;
  const prev = noscript.previousElementSibling;
  const twin = prev?.matches('img') ? prev : (prev?.querySelector('img') ?? null);
  if (twin && prev && (prev.matches('img') || prev.children.length <= 2)) {
    if (isPlaceholderSrc(twin.getAttribute('src'))) twin.setAttribute('src', fallback.getAttribute('src') ?? '');
    noscript.remove();
    return;
  }
  noscript.replaceWith(doc.importNode(fallback, true));
}

/** The base URL relative links resolve against: `<base href>` (itself relative to the page) or the page. */
export function documentBase(doc: Document, pageUrl: string): string {
  return absoluteUrl(doc.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl;
}

/**
 * Before Readability (which drops images without a usable src): replaces image-only `<noscript>`
 * fallbacks by their image and puts lazy images' real address in src.
 */
export function resolveLazyImages(doc: Document): void {
  for (const noscript of [...doc.querySelectorAll('noscript')]) unwrapNoscript(noscript, doc);
  for (const img of doc.querySelectorAll('img')) resolveImage(img);
}

/**
 * Resolves lazy images in `root` and makes every link and media URL absolute against `base`. Runs on
 * the extracted article only: resolving the whole page's links would cost more than Readability.
 */
export function resolveLazyMedia(root: Element, base: string): void {
  for (const img of root.querySelectorAll('img')) resolveImage(img);
  for (const el of root.querySelectorAll('a[href], area[href]')) {
    const href = el.getAttribute('href') ?? '';
    if (/^\s*#/.test(href) || /^\s*(?:javascript|mailto|tel):/i.test(href)) continue;
    const abs = absoluteUrl(href, base);
    if (abs) el.setAttribute('href', abs);
  }
  for (const el of root.querySelectorAll('img[src], source[src], video[src], audio[src], video[poster]')) {
    for (const attr of ['src', 'poster']) {
      const value = el.getAttribute(attr);
      if (!value || /^data:/i.test(value)) continue;
      const abs = absoluteUrl(value, base);
      if (abs) el.setAttribute(attr, abs);
    }
  }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    el.setAttribute('srcset', rewriteSrcset(el.getAttribute('srcset') ?? '', base));
  }
}
