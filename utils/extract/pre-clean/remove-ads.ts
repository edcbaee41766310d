import { removeAll, type PreCleanRule } from './rule';

// Ad slots: AdSense <ins>, Google Publisher Tag containers (div-gpt-ad-*), ad-network iframes and
// boxes whose class/id names an ad slot or that carry only an "ADVERTISEMENT"/"광고"/"広告" label.
// Ad inserts sit inside article bodies too, so this runs on the whole document.

const AD_TOKEN =
  /(?:^|[\s_-])(?:ads?|adv|advert|advertisement|advertising|adsense|adsbygoogle|adslot|ad-?slot|ad-?unit|ad-?box|ad-?wrap(?:per)?|ad-?container|ad-?banner|ad-?area|ad-?inline|ad-?block|dfp|gpt|banner-?ad|sponsor(?:ed)?|promoted|taboola|outbrain|dable|mgid|revcontent|teads|criteo|googlead|google-?ads?|adfit|adpopup|ad\d+|ad_\w+|bn_ad|ads_\w+)(?:$|[\s_-])/i;
const AD_LABEL = /^\s*(?:advertisement|advertising|anzeige|werbung|publicité|publicite|sponsored|광고|広告|广告|廣告|pr|ad)\s*$/i;

function looksLikeAd(el: Element): boolean {
  const id = el.id;
  const cls = el.getAttribute('class') ?? '';
  if (/^div-gpt-ad|^google_ads|^gpt-|^ad[-_]?(?:slot|unit|div|container|wrap)/i.test(id)) return true;
  return AD_TOKEN.test(cls) || AD_TOKEN.test(id);
}

/** Removes ad slots, ad iframes and labelled ad boxes anywhere in the page. */
export function removeAds(doc: Document): number {
  const out: Element[] = [];
  out.push(...doc.querySelectorAll('ins.adsbygoogle, ins[data-ad-client], [data-ad-slot], [data-google-query-id], [id^="div-gpt-ad"], amp-ad, amp-embed, amp-sticky-ad'));
  for (const el of doc.querySelectorAll('[class], [id]')) {
    if (el === doc.body || el.matches('html, body, article, main, p, h1, h2, h3')) continue;
    if (!looksLikeAd(el)) continue;
    // An "ad" class on a big text container is a false positive (e.g. "lead", "head" do not match, but
    // some CMSs tag the story wrapper with "ad-free"); keep containers with much paragraph text.
    const paragraphs = [...el.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length > 80);
    if (paragraphs.length >= 3) continue;
    out.push(el);
  }
  for (const iframe of doc.querySelectorAll('iframe')) {
    const src = iframe.getAttribute('src') ?? '';
    if (!/youtube|vimeo|dailymotion|player|video|tv\.naver|kakao.*tv|twitter|instagram|facebook\.com\/plugins\/post/i.test(src)) out.push(iframe);
  }
  for (const el of doc.querySelectorAll('div, aside, section, span, p')) {
    if (AD_LABEL.test(el.textContent ?? '') && el.children.length <= 3 && el.querySelectorAll('p').length === 0) out.push(el);
  }
  return removeAll(out);
}

/** The named rule. */
export const removeAdsRule: PreCleanRule = { name: 'remove-ads', apply: removeAds };
