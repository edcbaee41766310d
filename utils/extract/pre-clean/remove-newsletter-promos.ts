import { rawBound, smallElements } from './dom-patterns';
import { removeBoxes } from './remove-boxes';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Newsletter and subscription boxes ("Sign up for our newsletter", "뉴스레터 구독", "メルマガ登録",
// "订阅", "Newsletter abonnieren", "Abonnez-vous"), including one-line promos inside the story.

const WORDS = new Set(['newsletter', 'newsletters', 'subscribe', 'subscription', 'subscriptions', 'signup', 'optin', 'mailing', 'mailchimp', 'nl']);
const NAMES = /news-?letter|sign-?up|subscri(?:be|ption)|opt-?in|email-?(?:signup|capture|promo)|inline-?(?:signup|promo)/;
const LABEL =
  /^(?:[^\p{L}]*)(?:sign up|signup|subscribe|get (?:our|the) [\w\s]*newsletter|breaking news emails|newsletters?\b|(?:our|the) (?:free )?(?:daily |weekly )?newsletter|join (?:our|the) (?:mailing list|newsletter)|get (?:breaking|the latest)|뉴스레터|구독(?:하기|신청)?|メルマガ|ニュースレター|订阅|訂閱|newsletter abonnieren|jetzt abonnieren|abonnez-vous|inscrivez-vous|s'inscrire)/iu;
/** One-paragraph promos: a call to sign up or subscribe. */
const PROMO_LINE =
  /^(?:click here to subscribe|sign up\s*[:：]|sign up (?:for|to|here|now|today)|subscribe (?:to|now|today|for)|get (?:the|our) [\w\s]{0,40}(?:newsletter|emails?) |(?:want|like) more (?:stories|news)|let our news meet your inbox|there'?s plenty more where that came from|뉴스레터를? 구독|구독하세요|(?:무료 )?구독 신청|メルマガ(?:登録|を購読)|订阅我们|jetzt (?:den )?newsletter|abonnez-vous à (?:notre|la) newsletter|get [\w\s]{0,40} delivered (?:to your inbox|through your letterbox|to your door)|join our [\w\s]{0,30}(?:forums?|community|newsletter))/iu;
const LINE_TAGS = new Set(['P', 'DIV', 'ASIDE', 'SECTION', 'H2', 'H3', 'H4', 'STRONG', 'EM']);

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /letter|subscri|sign|opt|mailing|mailchimp|nl|email|inline/i;

/** Removes newsletter/subscribe boxes and one-line subscription promos. */
export function removeNewsletterPromos(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  let n = removeBoxes(ctx, { words: WORDS, hint: HINT, names: NAMES, label: LABEL, maxChars: 800 });
  const lines = smallElements(ctx, LINE_TAGS, rawBound(300)).filter((el) => {
    const text = ctx.text(el);
    return text.length > 0 && text.length < 300 && PROMO_LINE.test(text) && !el.querySelector('p, div');
  });
  n += removeAll(ctx, lines);
  return n;
}

/** The named rule. */
export const removeNewsletterPromosRule: PreCleanRule = { name: 'remove-newsletter-promos', apply: removeNewsletterPromos };
