import { linkShare, rawBound, smallElements } from './dom-patterns';
import { removeBoxes } from './remove-boxes';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Related-article boxes, "read also" inserts, most-read/ranking lists and recommendation widgets
// (Taboola, Outbrain, Dable…), inside and around the story, in the languages we clip.

const WORDS = new Set([
  'related', 'relatedposts', 'relatedarticles', 'relatednews', 'recommend', 'recommended', 'recommendation',
  'recommendations', 'recirc', 'recirculation', 'popular', 'mostread', 'mostpopular', 'trending', 'ranking',
  'taboola', 'outbrain', 'yarpp', 'dable', 'zergnet', 'revcontent', 'mgid', 'nativo', 'sidebar',
]);
const NAMES =
  /related|recommend|more-?(?:stories|articles|news|from|on-|in-|like|headlines|coverage|videos|local)|read-?(?:also|next|more-?(?:box|list|links))|also-?(?:read|like)|you-?(?:may|might)-?(?:also-?)?like|most-?(?:read|popular|viewed|shared|commented|watched)|popular|trending|rank(?:ing)?[-_]?(?:box|list|news|area|wrap)|best[-_]?(?:news|list|articles)|hot[-_]?(?:news|issue|list)|around-?the-?web|next-?(?:article|story|post|up)|prev(?:ious)?-?(?:article|story|post)|post-?navigation|rel[-_]news|relation[-_]?(?:news|list|article)|taboola|outbrain|dable|latest-?(?:news|stories|articles|posts)|top-?stories|editors?-?picks|headline-?list|news-?list|article-?list|list-?news|recent-?(?:posts|articles|news)|same-?section|section-?news|other-?(?:news|articles)|more-?news/;
const LABEL =
  /^(?:[^\p{L}]*)(?:related\b|read (?:more|also|next)|more (?:from|on|in|stories|news|like this|great|articles|top stories|coverage|to explore)|you (?:may|might) (?:also )?like|recommended|most (?:read|popular|viewed|shared|watched)|popular\b|trending|top stories|latest (?:news|stories|articles|headlines)|recent (?:posts|articles|stories)|editor['’]?s picks|don['’]?t miss|see also|also on\b|further reading|in case you missed it|around the web|sponsored stories|promoted stories|관련\s*(?:기사|뉴스|콘텐츠)|(?:\S+\s+)?다른\s*(?:기사|뉴스|글)|많이\s*본|인기\s*(?:기사|뉴스)|주요\s*뉴스|추천\s*(?:기사|뉴스)|함께\s*(?:볼|보면)|이\s*시각|최신\s*(?:기사|뉴스)|포토\s*뉴스|関連(?:記事|ニュース)|おすすめ|人気(?:記事|ランキング)|アクセスランキング|よく読まれ|注目(?:記事|ニュース)|最新(?:記事|ニュース)|相关(?:新闻|阅读|文章|推荐|报道)|推荐阅读|热门|热点|延伸阅读|猜你喜欢|相關(?:新聞|閱讀|文章)|延伸閱讀|熱門|推薦閱讀|lesen sie auch|mehr zum thema|mehr (?:aus|von|zu)\b|das könnte sie auch interessieren|meistgelesen|weitere (?:artikel|nachrichten|meldungen)|auch interessant|plus d['’]articles|dans la même rubrique|à lire également|à lire aussi|lire aussi|sur le même sujet|les plus lus|à voir aussi|nos articles|leggi anche|potrebbe interessarti|leia também|veja também|lea también|самые популярные|популярное|похожие (?:статьи|материалы)|читайте также|смотрите также)/iu;
/** One-line inserts inside the story: "READ MORE: …", "Related: …", "[관련기사] …", "(Leggi anche su: …)". */
const INSERT =
  /^[\s(\[【「]*(?:read more|read also|related(?: (?:posts?|stor(?:y|ies)|articles?|reading|coverage|links?|content))?|see also|also read|also on [\w-]+\.[a-z]{2,}|more on this|recommended|watch|listen|관련\s*기사|관련\s*뉴스|관련기사|함께 보면 좋은|関連記事|あわせて読みたい|相关(?:新闻|阅读)|延伸阅读|延伸閱讀|lesen sie auch|mehr zum thema|auch interessant|à lire aussi|lire aussi|à voir aussi|leggi anche(?: su)?|leia também|veja também|lea también)\s*[:：\]】」)|\-–—>»]/iu;

/**
 * A label ("More Great Stories", "DON'T MISS", "関連記事") followed by a list of links, both loose in
 * the story container rather than wrapped in a box: remove the label and the list after it.
 */
const LABEL_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'DIV', 'SPAN']);
const INSERT_TAGS = new Set(['P', 'LI', 'DIV', 'H2', 'H3', 'H4', 'H5', 'STRONG', 'ASIDE', 'SPAN']);

function removeLabelledLists(ctx: ScanContext): number {
  const out: Element[] = [];
  for (const label of smallElements(ctx, LABEL_TAGS, rawBound(60))) {
    const text = ctx.text(label);
    if (!text || text.length > 60 || !LABEL.test(text) || label.querySelector('p, div, ul, ol')) continue;
    const box = label.matches('strong, b, span') && label.parentElement?.matches('p, div, h3, h4') ? label.parentElement : label;
    let next = box.nextElementSibling;
    const list: Element[] = [];
    // The list may be one <ul> or a run of link-only paragraphs.
    while (next && list.length < 12) {
      const nextText = ctx.textLength(next) > rawBound(400) ? '' : ctx.text(next);
      const items = next.matches('ul, ol') ? [...next.children] : [];
      const everyItemLinked = items.length > 1 && items.every((li) => li.querySelector('a'));
      if (!nextText || (linkShare(next) < 0.5 && !everyItemLinked) || nextText.length > 1200) break;
      list.push(next);
      if (next.matches('ul, ol, div, section')) break;
      next = next.nextElementSibling;
    }
    // One link after a label is a pointer the story makes; a list (two or more) is a widget.
    const links = list.reduce((n, el) => n + el.querySelectorAll('a').length, 0);
    if (list.length && links >= 2) out.push(box, ...list);
  }
  return removeAll(ctx, out);
}

/**
 * Paragraphs that are nothing but a link to another story, set in capitals or tagged like
 * "… [INSIGHT]": a promoted headline dropped between the story's paragraphs.
 */
function removeHeadlineLinks(ctx: ScanContext): number {
  const out: Element[] = [];
  for (const p of smallElements(ctx, new Set(['P', 'H3', 'H4', 'LI']), rawBound(200))) {
    const text = ctx.text(p);
    if (text.length < 20 || text.length > 200) continue;
    const share = linkShare(p);
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
    const capitals = letters > 0 && upper / letters > 0.8 && share >= 0.95;
    const tagged = /\[[A-Z]{3,}\]\s*$/.test(text) && share >= 0.7;
    if (capitals || tagged) out.push(p);
  }
  return removeAll(ctx, out);
}

/** Removes related/recommended/most-read boxes and one-line "read also" inserts. */
export function removeRelatedContent(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  let n = removeBoxes(ctx, { words: WORDS, names: NAMES, maxChars: 4000 });
  n += removeBoxes(ctx, { label: LABEL, minLinkShare: 0.3, maxChars: 4000, paragraphLabelChars: 600 });
  const inserts = smallElements(ctx, INSERT_TAGS, rawBound(300)).filter((el) => {
    const text = ctx.text(el);
    if (!text || text.length > 300 || el.querySelector('p, div')) return false;
    // Either the insert carries a link, or it is nothing but the label and a headline.
    return INSERT.test(text) && (linkShare(el) > 0.3 || text.length < 160);
  });
  n += removeAll(ctx, inserts);
  n += removeLabelledLists(ctx);
  n += removeHeadlineLinks(ctx);
  // A related label left alone ("RECENT ARTICLES", "You may also like:") once its list is gone.
  const labels = smallElements(ctx, new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'DIV', 'SPAN']), rawBound(40)).filter((el) => {
    const text = ctx.text(el);
    if (!text || text.length > 40 || !LABEL.test(text) || el.querySelector('p, div, a')) return false;
    // Orphaned: nothing follows, or only another heading. A label followed by its one link stays.
    const next = el.nextElementSibling;
    return !next || (/^H[1-6]$/.test(next.nodeName) && !next.querySelector('a'));
  });
  n += removeAll(ctx, labels);
  return n;
}

/** The named rule. */
export const removeRelatedContentRule: PreCleanRule = { name: 'remove-related-content', apply: removeRelatedContent };
