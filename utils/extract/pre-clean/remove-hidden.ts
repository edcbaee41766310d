import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Hidden elements and screen-reader-only text are not part of what the reader sees. Readability
// skips some hidden nodes but keeps "visually hidden" helpers (.blind, .sr-only) whose text
// ("본문 바로가기", "Skip to content") leaks into clips.

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Whole class names (not prefixes: "hidden-xs" hides only on phones) that mean "not shown". */
const SR_ONLY_CLASSES = [
  'sr-only', 'sr_only', 'screen-reader-text', 'screen-reader-only', 'screenreader-only', 'visually-hidden',
  'visuallyhidden', 'visuallyHidden', 'VisuallyHidden', 'a11y-hidden', 'a11y', 'hidden-text', 'hiddentext',
  'hide-text', 'hidetext', 'blind', 'ir', 'offscreen', 'off-screen', 'hidden', 'is-hidden', 'u-hidden', 'u-hide',
  'hide', 'element-invisible', 'invisible', 'skip-link', 'skiplink', 'skip-nav', 'skipnav', 'skip-to-content',
  'show-for-sr', 'assistive-text', 'only-sr', 'text-hide',
];
/** Whole-token match against a class attribute (built once from the list above). */
const SR_ONLY = new RegExp(`(?:^|\\s)(?:${SR_ONLY_CLASSES.join('|')})(?=\\s|$)`);
/** One query for the attributes that can hide an element; their values are checked per element. */
const HIDDEN_BY_MARKUP = '[hidden], [aria-hidden], [style]';
/** Cheap first test on class names before the whole-token pattern. */
const SR_HINT = /sr|hid|blind|screen|visual|a11y|skip|invisible|offscreen|off-screen|assistive|(?:^|\s)ir(?:\s|$)/i;

function isFallbackImage(el: Element): boolean {
  // Readability's own exception: images hidden until a script swaps them in.
  return el.matches('img, picture, figure') || (el.querySelector('img, picture') !== null && (el.textContent ?? '').trim() === '');
}

function hiddenByMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/** Removes `hidden`, `aria-hidden`, inline `display:none` elements, skip links and screen-reader-only text. */
export function removeHidden(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  // What the reader never sees may go even from inside a sentence (the guard still keeps code).
  ctx.beginRule(removeHiddenRule.name, true);
  const candidates = [...ctx.root.querySelectorAll(HIDDEN_BY_MARKUP)].filter(hiddenByMarkup);
  // Class names and ids are already read by the scan: a regex per name beats a 40-class selector.
  for (const el of ctx.named) {
    const cls = ctx.classOf(el);
    if ((SR_HINT.test(cls) && SR_ONLY.test(cls)) || /^skip/i.test(ctx.idOf(el))) candidates.push(el);
  }
  // The page's size is the body's text (the head holds only scripts and styles, and reading them
  // costs more than the rest of this rule), read only once a candidate has text.
  const page = ctx.root === doc.documentElement ? (doc.body ?? ctx.root) : ctx.root;
  let pageLength = -1;
  const out: Element[] = [];
  for (const el of candidates) {
    if (el === ctx.root || el === doc.body || isFallbackImage(el)) continue;
    const length = ctx.textLength(el);
    if (length > 0) {
      if (pageLength < 0) pageLength = ctx.textLength(page);
      // A hidden page-level wrapper is a pre-render trick; removing it would remove everything.
      if (length > 0.5 * pageLength) continue;
    }
    out.push(el);
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeHiddenRule: PreCleanRule = { name: 'remove-hidden', apply: (doc, ctx) => removeHidden(doc, ctx) };
