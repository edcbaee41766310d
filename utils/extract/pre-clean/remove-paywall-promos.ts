import { rawBound, smallElements } from './dom-patterns';
import { removeBoxes } from './remove-boxes';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Paywall teasers, registration walls and app promos ("Get the app", "앱 다운로드", "アプリで読む",
// "下载客户端", "App herunterladen", "Téléchargez l'application").

const WORDS = new Set(['paywall', 'regwall', 'piano', 'meter', 'metered', 'premium', 'subscriber', 'locked', 'appbanner', 'apppromo', 'smartbanner']);
const NAMES = /pay-?wall|reg-?wall|subscriber-?only|premium-?(?:teaser|banner|promo|box|wall|gate)|tp-?(?:container|modal|backdrop)|piano-?|article-?gate|content-?gate|app-?(?:promo|banner|download|install|store|links|badge)|download-?app|smart-?banner|get-?the-?app/;
const LABEL = /^(?:subscribe to (?:continue|keep) reading|to continue reading|already a subscriber|this (?:article|content) is (?:for|exclusive to) (?:subscribers|members)|get the [\w\s]{0,30}app|download (?:the|our) app|유료\s*회원|구독자\s*전용|앱\s*(?:다운로드|설치|으로\s*보기)|アプリ(?:で|を)|下载(?:客户端|app)|app herunterladen|weiterlesen mit|abonnez-vous pour lire|réservé aux abonnés|téléchargez l'application)/iu;
const PROMO_LINE = /^(?:click here to get the [\w\s]+ app|download the [\w\s]+ app|get the [\w\s]+ app|앱에서 (?:보기|읽기)|アプリで(?:読む|見る)|打开app|在app内打开)/iu;

const LINE_TAGS = new Set(['P', 'DIV', 'A', 'STRONG', 'SPAN', 'H3', 'H4']);

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /wall|piano|meter|premium|subscriber|locked|app|banner|tp|gate/i;

/** Removes paywall teasers, registration walls and app promos. */
export function removePaywallPromos(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  let n = removeBoxes(ctx, { words: WORDS, hint: HINT, names: NAMES, label: LABEL, maxChars: 1500 });
  const lines = smallElements(ctx, LINE_TAGS, rawBound(200)).filter((el) => {
    const text = ctx.text(el);
    return text.length > 0 && text.length < 200 && PROMO_LINE.test(text) && !el.querySelector('p, div');
  });
  n += removeAll(ctx, lines);
  return n;
}

/** The named rule. */
export const removePaywallPromosRule: PreCleanRule = { name: 'remove-paywall-promos', apply: removePaywallPromos };
