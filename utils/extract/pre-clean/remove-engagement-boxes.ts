import { removeBoxes } from './remove-boxes';
import { type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Boxes that ask the reader for something: "Was this article helpful?", satisfaction surveys,
// donations/support, job ads ("We're hiring"), news-tip boxes (Korean 제보), follow-our-channel
// prompts. They sit at the end of, or inside, the story.

const WORDS = new Set([
  'feedback', 'useful', 'helpful', 'satisfaction', 'survey', 'poll', 'rating', 'support', 'donate', 'donation',
  'membership', 'hiring', 'recruit', 'recruiting', 'careers', 'jebo', 'tipoff', 'cta', 'promo', 'promotion',
  'banner', 'subscribe', 'upsell', 'follow',
]);
const NAMES = /was-?this-?helpful|rate-?this|article-?(?:support|feedback|rating)|call-?to-?action|support-?(?:us|box|banner|journalism)|contribut(?:e|ion)-?(?:box|banner|epic)|jebo|tip-?(?:box|off|line)|news-?tip|reader-?(?:survey|poll)|channel-?(?:add|subscribe|promo)|app-?download/;
const LABEL =
  /^(?:[^\p{L}\d]*)(?:was this (?:article|story|page|information) (?:helpful|useful)|did you find this (?:article|story) (?:helpful|useful)|rate this|how (?:useful|helpful) was|we'?re hiring|join (?:our|the) team|support (?:us|our journalism|independent journalism)|become a (?:member|supporter|subscriber)|donate|help us|cet article vous a été utile|cet article vous a-t-il été utile|soutenez|war dieser artikel hilfreich|unterstützen sie|この記事は(?:役に立ちましたか|参考になりましたか)|採用情報|一緒に働|募集しています|这篇文章对你有(?:帮助|用)吗|赞赏|打赏|招聘|이\s*(?:페이지|기사)(?:에서\s*제공하는\s*정보에\s*대하여|가|는|이)?\s*(?:만족|도움)|만족하십니까|도움이\s*되셨나요|후원|응원해\s*주세요|당신의\s*제보|제보하기|뉴스\s*제보|기사\s*제보|채널(?:을)?\s*(?:구독|추가)|구독하세요)/iu;

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /feedback|useful|helpful|satisf|survey|poll|rat|support|donat|member|hiring|recruit|career|jebo|tip|cta|promo|banner|subscri|upsell|follow|call|contribut|reader|channel|app/i;

/** Removes feedback/survey, donation, hiring, news-tip and follow-our-channel boxes. */
export function removeEngagementBoxes(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  return removeBoxes(ctx, { words: WORDS, hint: HINT, names: NAMES, label: LABEL, maxChars: 1200 });
}

/** The named rule. */
export const removeEngagementBoxesRule: PreCleanRule = { name: 'remove-engagement-boxes', apply: removeEngagementBoxes };
