import { isPlaceholderSrc, largestFromSrcset } from '../extract/lazy-media';
import { dataUrlByteLength } from '../images/data-url';
import { isStorableType, skipReason, type ImageSkipReason } from '../images/image-filter';

// Runs inside the clipped page (injected with the extractor). It reads images the page has already
// loaded — from the HTTP cache (same origin or CORS) or by drawing them to a canvas — so
// the clip needs no request of the extension's own. A cross-origin image loaded without CORS taints
// the canvas: it is not stored and stays a remote image the reader loads only on request.

/** One image read from the page, as a base64 data URL (structured-clone and JSON safe). */
export interface CapturedImage {
  /** The image's URL in the clip's HTML (its `src` there). */
  url: string;
  dataUrl: string;
  width: number;
  height: number;
}

/** What the page-side capture returns: the images read and the ones left out, with why. */
export interface PageImageCapture {
  images: CapturedImage[];
  skipped: Array<{ url: string; reason: ImageSkipReason }>;
}

/** Options for the page-side capture. */
export interface PageImageOptions {
  /** Stop reading once the clip's images take this many bytes. */
  perClipBytes: number;
}

const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-srcset', 'data-lazy-srcset'];

function absolute(url: string, base: string): string | null {
  try {
    const parsed = new URL(url, base);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The http(s) image URLs of the clip's HTML, in document order, once each. */
export function clipImageUrls(doc: Document, html: string): string[] {
  // An inert document: parsing there runs no script and loads no image.
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  const urls = [...inert.querySelectorAll('img[src]')].map((img) => img.getAttribute('src') ?? '');
  return [...new Set(urls.filter((u) => /^https?:/i.test(u)))];
}

/** Every URL a live image may appear under in the clip (src, lazy attributes, srcset, <picture>). */
function urlsOf(img: HTMLImageElement, base: string): string[] {
  const raw = [img.currentSrc, img.getAttribute('src') ?? ''];
  for (const attr of LAZY_ATTRS) {
    const value = img.getAttribute(attr);
    if (value) raw.push(...(attr.endsWith('srcset') ? srcsetUrls(value) : [value]));
  }
  raw.push(...srcsetUrls(img.getAttribute('srcset') ?? ''));
  const picture = img.parentElement?.matches('picture') ? img.parentElement : null;
  for (const source of picture?.querySelectorAll('source') ?? []) {
    const set = source.getAttribute('srcset') ?? source.getAttribute('data-srcset');
    if (set) raw.push(...srcsetUrls(set), largestFromSrcset(set) ?? '');
  }
  return raw.map((u) => (u ? absolute(u, base) : null)).filter((u): u is string => u !== null);
}

/** Live images of the page by every URL they may go by (the loaded one wins over a placeholder). */
export function liveImagesByUrl(doc: Document): Map<string, HTMLImageElement> {
  const byUrl = new Map<string, HTMLImageElement>();
  for (const img of doc.querySelectorAll('img')) {
    for (const url of urlsOf(img, doc.baseURI)) {
      const seen = byUrl.get(url);
      if (!seen || (seen.naturalWidth === 0 && img.naturalWidth > 0)) byUrl.set(url, img);
    }
  }
  return byUrl;
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The original bytes from the HTTP cache, for same-origin images and CORS-clean ones (loaded with
 * `crossorigin`, so the cached response is readable). Same-origin asks `only-if-cached`: never the
 * network. A CORS image uses `force-cache`: the page's own cached response, which the page just
 * loaded; only a response the site marked `no-store` would be asked for again.
 */
async function fromCache(url: string, img: HTMLImageElement, doc: Document): Promise<string | null> {
  const sameOrigin = new URL(url).origin === new URL(doc.URL).origin;
  if (!sameOrigin && img.crossOrigin !== 'anonymous') return null;
  try {
    const response = await fetch(
      url,
      sameOrigin
        ? { cache: 'only-if-cached', mode: 'same-origin', credentials: 'same-origin' }
        : { cache: 'force-cache', mode: 'cors', credentials: 'omit' },
    );
    if (!response.ok) return null;
    const blob = await response.blob();
    // SVG (scriptable) and unknown types go through the canvas, which rasterizes them.
    return isStorableType(blob.type) ? blobToDataUrl(blob) : null;
  } catch {
    return null;
  }
}

/** Whether any pixel of the canvas is not fully opaque (sampled on a grid: cheap, and enough for cut-outs). */
function hasAlpha(context: CanvasRenderingContext2D, width: number, height: number): boolean {
  const { data } = context.getImageData(0, 0, width, height);
  const step = Math.max(1, Math.floor(data.length / 4 / 20_000)) * 4;
  for (let i = 3; i < data.length; i += step) if ((data[i] ?? 255) < 255) return true;
  return false;
}

/**
 * The image as the page shows it, drawn to a canvas; null when the canvas is tainted. Opaque images
 * are encoded as JPEG (several times faster than WebP in Chromium), transparent ones as WebP.
 */
function fromCanvas(img: HTMLImageElement, doc: Document): string | null {
  const canvas = doc.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(img, 0, 0);
  try {
    const type = hasAlpha(context, canvas.width, canvas.height) ? 'image/webp' : 'image/jpeg';
    const encoded = canvas.toDataURL(type, 0.9);
    // A browser without the encoder returns PNG, which is fine too.
    return encoded.startsWith('data:image/') ? encoded : null;
  } catch {
    return null; // SecurityError: a cross-origin image without CORS
  }
}

/** Read one live image; the data URL, or why it cannot be stored. */
async function readImage(img: HTMLImageElement, url: string, doc: Document): Promise<{ dataUrl: string } | { reason: ImageSkipReason }> {
  const loaded = img.currentSrc || img.src;
  // Showing the clip's own URL, it is the real image (even if named "lazy.png"); showing another
  // URL, that must be a real candidate (srcset, <picture>), not the lazy loader's placeholder.
  if (!img.complete || (loaded !== url && isPlaceholderSrc(loaded))) return { reason: 'not-loaded' };
  const cached = /^https?:/i.test(loaded) ? await fromCache(loaded, img, doc) : null;
  const dataUrl = cached ?? fromCanvas(img, doc);
  return dataUrl ? { dataUrl } : { reason: 'cross-origin' };
}

/** Read the images of a clip from the page it was clipped from, within the per-clip budget. */
export async function readPageImages(doc: Document, html: string, options: PageImageOptions): Promise<PageImageCapture> {
  const live = liveImagesByUrl(doc);
  const result: PageImageCapture = { images: [], skipped: [] };
  const wanted: Array<{ url: string; img: HTMLImageElement }> = [];
  for (const url of clipImageUrls(doc, html)) {
    const img = live.get(url);
    const reason = skipReason({ url, width: img?.naturalWidth ?? 0, height: img?.naturalHeight ?? 0 });
    if (img && !reason) wanted.push({ url, img });
    else result.skipped.push({ url, reason: reason ?? 'not-loaded' });
  }
  // Cache reads overlap (they wait on disk, not on this thread); the budget is applied in clip order.
  const reads = await Promise.all(wanted.map(({ url, img }) => readImage(img, url, doc)));
  let bytes = 0;
  wanted.forEach(({ url, img }, i) => {
    const read = reads[i];
    if (!read || 'reason' in read) {
      result.skipped.push({ url, reason: read?.reason ?? 'not-loaded' });
      return;
    }
    const size = dataUrlByteLength(read.dataUrl);
    if (bytes + size > options.perClipBytes) {
      result.skipped.push({ url, reason: 'clip-budget' });
      return;
    }
    bytes += size;
    result.images.push({ url, dataUrl: read.dataUrl, width: img.naturalWidth, height: img.naturalHeight });
  });
  return result;
}
