import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Hidden elements and screen-reader-only text are not part of what the reader sees. Readability
// skips some hidden nodes but keeps "visually hidden" helpers (.blind, .sr-only) whose text
// ("본문 바로가기", "Skip to content") leaks into clips.

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Whole class tokens (not prefixes: "hidden-xs" hides only on phones) that mean "not shown". */
const SR_ONLY =
  /^(?:sr-only|sr_only|screen-reader-text|screen-reader-only|screenreader-only|visually-?hidden|visuallyhidden|a11y-hidden|a11y|hidden-?text|hide-?text|blind|ir|offscreen|off-screen|hidden|is-hidden|u-hidden|u-hide|hide|element-invisible|invisible|skip-?link|skip-?nav|skip-to-content|show-for-sr|assistive-text|only-sr|text-hide|visuallyHidden)$/i;

function hasSrOnlyClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && cls.split(/\s+/).some((token) => SR_ONLY.test(token));
}

function isFallbackImage(el: Element): boolean {
  // Readability's own exception: images hidden until a script swaps them in.
  return el.matches('img, picture, figure') || (el.querySelector('img, picture') !== null && (el.textContent ?? '').trim() === '');
}

/** Removes `hidden`, `aria-hidden`, inline `display:none` elements and screen-reader-only text. */
export function removeHidden(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const out: Element[] = [];
  const bodyLength = ctx.textLength(ctx.root);
  for (const el of ctx.root.querySelectorAll('[hidden], [aria-hidden="true"], [style], [class], [id^="skip" i]')) {
    if (el === ctx.root || el === doc.body) continue;
    const hidden =
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true' ||
      HIDDEN_STYLE.test(el.getAttribute('style') ?? '') ||
      hasSrOnlyClass(el) ||
      /^skip/i.test(el.id);
    if (!hidden || isFallbackImage(el)) continue;
    // A hidden page-level wrapper is a pre-render trick; removing it would remove everything.
    if (ctx.textLength(el) > 0.5 * bodyLength) continue;
    out.push(el);
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeHiddenRule: PreCleanRule = { name: 'remove-hidden', apply: removeHidden };
