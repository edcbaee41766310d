import { removeBoxes } from './remove-boxes';
import { holdsStory } from './dom-patterns';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Cookie/consent banners, GDPR dialogs, modals, pop-ups and interstitial overlays.

const WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'onetrust', 'didomi', 'quantcast', 'cookiebot', 'usercentrics',
  'modal', 'popup', 'overlay', 'interstitial', 'lightbox', 'dialog', 'backdrop', 'toast', 'snackbar',
]);
const NAMES = /cookie|consent|gdpr|privacy-?(?:banner|notice|bar|popup)|onetrust|didomi|truste|sp_message|qc-cmp|pop-?up|layer[-_]?pop|modal/;
const LABEL = /^(?:we use cookies|this (?:site|website) uses cookies|cookie (?:settings|policy|notice)|your privacy|privacy (?:settings|preferences)|manage (?:cookies|consent)|wir verwenden cookies|datenschutz(?:einstellungen)?|nous utilisons des cookies|gestion des cookies|쿠키|개인정보 수집|クッキー|cookieの使用|我们使用cookie)/iu;

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /cookie|consent|gdpr|cmp|onetrust|didomi|quantcast|usercentrics|modal|pop|overlay|interstitial|lightbox|dialog|backdrop|toast|snackbar|privacy|truste|sp_message/i;

/** Removes consent dialogs, modals and overlays (role=dialog, aria-modal and named ones). */
export function removeConsentDialogs(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  let n = removeBoxes(ctx, { words: WORDS, hint: HINT, names: NAMES, label: LABEL, maxChars: 3000, paragraphLabelChars: 400 });
  const dialogs = [...ctx.root.querySelectorAll('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]')];
  n += removeAll(ctx, dialogs.filter((el) => ctx.textLength(el) < 3000 && !holdsStory(ctx, el)));
  return n;
}

/** The named rule. */
export const removeConsentDialogsRule: PreCleanRule = { name: 'remove-consent-dialogs', apply: removeConsentDialogs };
