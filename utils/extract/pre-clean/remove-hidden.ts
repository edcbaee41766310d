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
const HIDDEN_BY_MARKUP = '[hidden], [aria-hidden="true"], [id^="skip" i]';
/** Cheap first test on class names before the whole-token pattern. */
const SR_HINT = /sr|hid|blind|screen|visual|a11y|skip|invisible|offscreen|off-screen|assistive|(?:^|\s)ir(?:\s|$)/i;

function isFallbackImage(el: Element): boolean {
  // Readability's own exception: images hidden until a script swaps them in.
  return el.matches('img, picture, figure') || (el.querySelector('img, picture') !== null && (el.textContent ?? '').trim() === '');
}

/** Removes `hidden`, `aria-hidden`, inline `display:none` elements and screen-reader-only text. */
export function removeHidden(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const out: Element[] = [];
  const rootLength = ctx.textLength(ctx.root);
  const candidates = [
    ...ctx.root.querySelectorAll(HIDDEN_BY_MARKUP),
    ...[...ctx.root.querySelectorAll('[style]')].filter((el) => HIDDEN_STYLE.test(el.getAttribute('style') ?? '')),
    // Class names are already read by the scan: a regex per name beats a 40-class selector.
    ...ctx.named.filter((el) => {
      const cls = ctx.classOf(el);
      return SR_HINT.test(cls) && SR_ONLY.test(cls);
    }),
  ];
  for (const el of candidates) {
    if (el === ctx.root || el === doc.body || isFallbackImage(el)) continue;
    // A hidden page-level wrapper is a pre-render trick; removing it would remove everything.
    if (ctx.textLength(el) > 0.5 * rootLength) continue;
    out.push(el);
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeHiddenRule: PreCleanRule = { name: 'remove-hidden', apply: removeHidden };
