import { hasNameWord, holdsStory, rawBound } from './dom-patterns';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Interface text that is not the story: previous/next-article links, "back to list", print/e-mail/
// font-size links, gallery controls ("Image 1 of 5", "Caption", "Close"), skip links, reading-time
// and view counters. Each is short and made only of such labels, in the languages we clip.

const NAV_WORDS = new Set(['prev', 'previous', 'next', 'pager', 'pagination', 'prevnext', 'paging', 'btns', 'buttons', 'button', 'btn', 'controls', 'counter', 'count', 'views', 'hits']);
const NAV_NAMES = /prev(?:ious)?-?next|post-?nav|nav-?(?:links|previous|next)|article-?nav|btn_?(?:list|prev|next|print|mail|font)|list_?btn|view_?(?:btm|bottom)_?btns|gallery-?(?:count|nav|controls)|slide-?(?:count|nav|controls)|carousel-?(?:count|nav|controls)|read-?count|view-?count|hit-?count/;
/** Fragments every nav word and name pattern contains: a cheap first test on the names as written. */
const NAV_HINT = /prev|next|pag|btn|button|control|count|view|hit|nav|gallery|slide|carousel/i;

/** A whole short text that is only an interface label. */
const UI_LABEL = new RegExp(
  [
    String.raw`^(?:image|photo|picture|slide|foto|bild|사진|이미지|画像|写真|图片|圖片)?\s*\d+\s*(?:of|/|von|sur|de|di|중)\s*/?\s*\d+$`,
    String.raw`^\d+\s*of\s*\d+`,
    String.raw`^(?:caption|close|hide caption|show caption|toggle caption|expand|collapse|enlarge(?: this image)?|view (?:gallery|slideshow|image|larger)|open gallery|back to gallery|fullscreen|full screen|zoom|play|pause|replay|skip (?:to (?:main )?content|navigation|ad)|loading(?: content)?\s*\.*|advertisement|advert|ad|sponsored|back to top|top|scroll to top|print(?: article)?|order reprints|reprints|text size|font size|email(?: this)?(?: article)?|e-mail|listen(?: to this article)?|save(?: article)?|bookmark|gift (?:this )?article|show more|see more|load more|more)$`,
    String.raw`^(?:previous|next|prev)(?:\s+(?:article|story|post|page|slide|image))?$`,
    String.raw`^(?:이전|다음)\s*(?:기사|글|뉴스)?(?:\s*보기)?$`,
    String.raw`^(?:목록|목록\s*(?:으로|보기|바로가기)|리스트|인쇄(?:하기)?|기사\s*(?:메일전송|인쇄|수정|제보|스크랩)|메일\s*보내기|글자\s*(?:크게|작게|크기)|본문\s*(?:글씨|글자)\s*(?:크게|작게|키우기|줄이기)|맨\s*위로|위로|닫기|더보기|공유하기|스크랩|기사\s*저장|북마크|URL\s*복사|링크\s*복사|본문\s*바로가기|주메뉴\s*바로가기|기사수정|기사제보|오탈자\s*제보|텍스트\s*음성\s*변환\s*서비스\s*사용하기|음성으로\s*듣기|번역(?:하기)?)$`,
    String.raw`^(?:前の記事|次の記事|記事一覧|一覧へ|一覧に戻る|印刷|印刷する|文字サイズ|閉じる|もっと見る|続きを読む|ページの先頭へ|トップへ戻る)$`,
    String.raw`^(?:上一篇|下一篇|上一页|下一页|返回列表|返回顶部|打印|字号|字体|关闭|收起|展开|查看更多|加载更多|分享到|扫一扫|微信扫一扫|返回首页|上一則|下一則|返回頂部|關閉|列印)$`,
    String.raw`^(?:微信)?扫一扫.{0,20}$`,
    String.raw`^(?:vorheriger artikel|nächster artikel|zurück(?: zur übersicht)?|drucken|schriftgröße|schließen|nach oben|mehr anzeigen|artikel vorlesen|vorlesen)$`,
    String.raw`^(?:article précédent|article suivant|précédent|suivant|retour|imprimer|taille du texte|fermer|haut de page|voir plus|écouter(?: cet article)?)$`,
    String.raw`^\d[\d.,]*\s*(?:views?|reads?|letture|visualizações|aufrufe|vues|lectures|조회|조회수|閲覧|阅读|閱讀|浏览)$`,
    String.raw`^(?:views?|reads?|letture|visualizações|aufrufe|vues|lectures|조회수|閲覧数|阅读量)$`,
    String.raw`^(?:by|von|par|por|di)$`,
    String.raw`^(?:breaking news|breaking|exclusive|live|review|opinion|analysis|sponsored content|paid content|partner content|속보|단독|独家|速報)$`,
    String.raw`^(?:comments?|leave a (?:comment|reply)|kommentare?|commentaires?|댓글|コメント|评论)(?:\s*\(\d+\))?$`,
    String.raw`^(?:조회수?|閲覧数|阅读量?|浏览量?)\s*[:：]?\s*\d[\d.,]*$`,
    String.raw`^(?:\d+\s*(?:min(?:ute)?s?|분|分钟|分)\s*(?:read|읽기|で読めます|阅读)|(?:reading|read) time\s*[:：]?\s*\d+.*|lesezeit\s*[:：]?\s*\d+.*|temps de lecture\s*[:：]?\s*\d+.*|tempo de leitura\s*[:：]?\s*\d+.*|tempo di lettura\s*[:：]?\s*\d+.*|읽는\s*시간\s*[:：]?\s*\d+.*)$`,
    String.raw`^(?:media playback is unsupported on your device|this video (?:is|has been) (?:unavailable|removed)|your browser does not support (?:the )?(?:video|audio)(?: tag| element)?\.?|javascript (?:is )?(?:required|disabled).*)$`,
  ].join('|'),
  'iu',
);

/** True when an element's whole text is made of interface labels (one or a few). */
function isUiText(text: string): boolean {
  if (!text || text.length > 80) return false;
  if (UI_LABEL.test(text)) return true;
  const parts = text.split(/\s*[|·•]\s*|\s{2,}/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => UI_LABEL.test(p));
}

const LABEL_TAGS = new Set(['BUTTON', 'A', 'SPAN', 'DIV', 'P', 'LI', 'UL', 'OL', 'EM', 'STRONG', 'SMALL', 'FIGCAPTION', 'LABEL', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Removes interface labels (prev/next, list/print/mail/font-size, gallery controls, counters). */
export function removeUiLabels(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const out: Element[] = [];
  for (const el of ctx.elements) {
    const isButton = el.nodeName === 'BUTTON' || el.getAttribute('role') === 'button';
    if (!(isButton || LABEL_TAGS.has(el.nodeName)) || ctx.textLength(el) > rawBound(80)) continue;
    const text = ctx.text(el);
    if (!text) continue;
    if ((isButton && text.length < 40) || (isUiText(text) && !el.querySelector('p, img, picture, video, table'))) out.push(el);
  }
  for (const el of ctx.named) {
    if (!NAV_HINT.test(ctx.rawNames(el)) || !(hasNameWord(ctx, el, NAV_WORDS) || NAV_NAMES.test(ctx.names(el)))) continue;
    if (ctx.textLength(el) > rawBound(300) || ctx.text(el).length > 300 || el.querySelector('p') || holdsStory(ctx, el)) continue;
    out.push(el);
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeUiLabelsRule: PreCleanRule = { name: 'remove-ui-labels', apply: removeUiLabels };
