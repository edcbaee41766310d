import createDOMPurify, { type DOMPurify } from 'dompurify';
import type { Ref } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { SANITIZE_CONFIG } from '../../utils/extract/sanitize';
import { highlightHtml, type DrawResult } from '../../utils/highlights/draw-highlights';
import type { Highlight } from '../../utils/highlights/types';

const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;

let purifier: DOMPurify | undefined;
// Read by the hook below during one sanitize call (DOMPurify hooks take no per-call options).
let allowRemoteImages = false;

// Stored HTML was sanitized at clip time, but a restored backup or an older version's data may not
// have been: the reader sanitizes again with the same allow-list before anything reaches the DOM.
function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const value = data.attrValue.trim();
    if (data.attrName === 'href' || data.attrName === 'src' || data.attrName === 'cite') {
      data.keepAttr = SAFE_URL.test(value) || (data.attrName === 'src' && node.nodeName === 'IMG' && SAFE_DATA_IMAGE.test(value));
    }
  });
  // Runs after the allow-list filter, so these attributes are ours, never the page's.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      // Links leave the extension page: a new tab, no opener, no referrer.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
      const src = node.getAttribute('src') ?? '';
      // The extension makes no requests of its own: remote images load only when the user asks.
      if (!allowRemoteImages && /^https?:/i.test(src)) {
        node.removeAttribute('src');
        node.setAttribute('data-remote-src', src);
        node.setAttribute('class', 'reader__img--blocked');
      }
    }
  });
  purifier = purify;
  return purify;
}

/**
 * Sanitize clip HTML for display (the clip allow-list; links open in a new tab without opener).
 * Remote images keep their URL in `data-remote-src` and load only with `remoteImages`.
 */
export function sanitizeForReader(html: string, remoteImages = false): string {
  allowRemoteImages = remoteImages;
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS: [...SANITIZE_CONFIG.ALLOWED_TAGS],
    ALLOWED_ATTR: [...SANITIZE_CONFIG.ALLOWED_ATTR],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // DOMPurify tests every non-URI attribute value against this pattern too, so a scheme-only
    // pattern would strip dir="rtl" or width="640"; the hook above restricts href/src/cite instead.
    KEEP_CONTENT: true,
    ADD_FORBID_CONTENTS: [...SANITIZE_CONFIG.ADD_FORBID_CONTENTS],
    RETURN_TRUSTED_TYPE: false,
  });
}

interface Props {
  html: string;
  lang: string | null;
  /** Load images from their original sites (a request to that site; off until the user asks). */
  remoteImages?: boolean;
  /** Highlights drawn into the article as <mark> elements (text only). */
  highlights?: readonly Highlight[];
  bodyRef?: Ref<HTMLDivElement>;
  /** Told which highlights were drawn and which are orphans, after each drawing. */
  onDraw?: (result: DrawResult) => void;
}

const NO_HIGHLIGHTS: readonly Highlight[] = [];

/** The clip's article body: the only place the library renders HTML, and only after DOMPurify. */
export function ReaderBody({ html, lang, remoteImages = false, highlights = NO_HIGHLIGHTS, bodyRef, onDraw }: Props) {
  const clean = useMemo(() => sanitizeForReader(html, remoteImages), [html, remoteImages]);
  // Marks are added to a detached copy of the sanitized article (utils/highlights), never from strings.
  const drawn = useMemo(() => highlightHtml(document, clean, highlights), [clean, highlights]);
  useEffect(() => onDraw?.(drawn), [drawn]);
  return (
    <div
      ref={bodyRef}
      class="reader__body"
      data-testid="reader-body"
      dir="auto"
      lang={lang ?? undefined}
      // Sanitized just above with DOMPurify (see sanitizeForReader), then marked on a detached copy.
      dangerouslySetInnerHTML={{ __html: drawn.html }}
    />
  );
}
