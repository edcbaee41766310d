import { holdsStory } from './dom-patterns';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Ad slots: AdSense <ins>, Google Publisher Tag containers (div-gpt-ad-*), ad-network iframes and
// boxes whose class/id names an ad slot or that carry only an "ADVERTISEMENT"/"광고"/"広告" label.
// Ad inserts sit inside article bodies too, so this runs on the whole document.

const AD_TOKEN =
  /(?:^|[\s_-])(?:ads?|adv|advert|advertisement|advertising|adsense|adsbygoogle|adslot|ad-?slot|ad-?unit|ad-?box|ad-?wrap(?:per)?|ad-?container|ad-?banner|ad-?area|ad-?inline|ad-?block|dfp|gpt|banner-?ad|sponsor(?:ed)?|promoted|taboola|outbrain|dable|mgid|revcontent|teads|criteo|googlead|google-?ads?|adfit|adpopup|ad\d+|ad_\w+|bn_ad|ads_\w+)(?:$|[\s_-])/i;
const AD_ID = /^(?:div-gpt-ad|google_ads|gpt-|ad[-_]?(?:slot|unit|div|container|wrap))/i;
const AD_LABEL = /^\s*(?:advertisement|advertising|anzeige|werbung|publicité|publicite|sponsored|광고|広告|广告|廣告|pr|ad)\s*$/i;
const KEEP_TAGS = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN', 'P', 'H1', 'H2', 'H3']);
const LABEL_TAGS = new Set(['DIV', 'ASIDE', 'SECTION', 'SPAN', 'P']);
/** Cheap first test before the full token pattern (most class names mention none of these). */
const AD_HINT = /ad|sponsor|promot|dfp|gpt|taboola|outbrain|dable|mgid|revcontent|teads|criteo/i;
const VIDEO_IFRAME = /youtube|vimeo|dailymotion|player|video|tv\.naver|kakao.*tv|twitter|instagram|facebook\.com\/plugins\/post/i;

/** Ad markup known by its tag (iframes are checked for players) or by an attribute. */
const SLOT_TAGS = ['ins', 'iframe', 'amp-ad', 'amp-embed', 'amp-sticky-ad'];
const SLOT_ATTRS = ['[data-ad-slot]', '[data-google-query-id]'];

function isAdSlot(el: Element): boolean {
  if (el.nodeName === 'IFRAME') return !VIDEO_IFRAME.test(el.getAttribute('src') ?? '');
  // <ins> is also the markup of inserted text: only AdSense's units.
  if (el.nodeName === 'INS') return el.classList.contains('adsbygoogle') || el.hasAttribute('data-ad-client') || el.hasAttribute('data-ad-slot');
  return true;
}

/** Ad slots found by tag and attribute: tag collections and one-selector queries, several times faster than a selector list. */
function adSlots(root: Element): Element[] {
  const out: Element[] = [];
  for (const tag of SLOT_TAGS) for (const el of root.getElementsByTagName(tag)) if (isAdSlot(el)) out.push(el);
  for (const selector of SLOT_ATTRS) out.push(...root.querySelectorAll(selector));
  return out;
}

/** Removes ad slots, ad iframes and labelled ad boxes anywhere in the page. */
export function removeAds(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const out = adSlots(ctx.root);
  for (const el of ctx.named) {
    if (ctx.idOf(el).startsWith('div-gpt-ad')) {
      out.push(el);
      continue;
    }
    if (KEEP_TAGS.has(el.nodeName)) continue;
    // Names as written: camelCase splitting would read "CmAdContent" (a story body) as an ad.
    const names = ctx.rawNames(el);
    if (!AD_HINT.test(names) || !(AD_ID.test(ctx.idOf(el)) || AD_TOKEN.test(names))) continue;
    // An "ad" word on a container of story text is a false positive ("ad-free" wrappers).
    if (holdsStory(ctx, el) || ctx.paragraphChars(el) > 400 || ctx.textLength(el) > 1500) continue;
    out.push(el);
  }
  // Label boxes: find the label text nodes, then their small box (a pass over text, not elements).
  for (const node of ctx.textNodes()) {
    const value = node.nodeValue ?? '';
    if (value.length > 40 || !AD_LABEL.test(value)) continue;
    const box = node.parentElement;
    if (!box || !LABEL_TAGS.has(box.nodeName) || !ctx.attached(box)) continue;
    if (AD_LABEL.test(box.textContent ?? '') && box.children.length <= 3 && !box.querySelector('p')) out.push(box);
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeAdsRule: PreCleanRule = { name: 'remove-ads', apply: removeAds };
