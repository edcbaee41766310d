import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Lines that CMSs and portals write into the story body itself, where no class marks them: the
// reproduction ban of Korean dailies ("ⓒ 한빛경제, 무단전재 및 재배포 금지", "… AI 학습 이용 금지"), the
// tip-off prompt ("※ 제보는 카카오톡 …"), the labels a social embed leaves without its script ("View
// this post on Instagram", "이 게시물을 Instagram에서 보기") and app promos ("▶ … 앱 다운로드"). A line
// goes only when its WHOLE text is such a line: the same words inside a sentence of the story stay.

/**
 * Korean reproduction bans that open with the copyright sign. English rights lines stay: a wire's
 * licence notice travels with its text.
 */
const COPYRIGHT_LINE =
  /^[<〈《[(]?\s*(?:저작권자\s*)?(?:ⓒ|©|\(c\)|copyright\s*(?:ⓒ|©)?)\s*[^!?。]{0,80}?(?:무단\s*(?:전재|복제|배포)|재배포\s*(?:및\s*)?(?:ai\s*학습\s*(?:이용|활용)\s*)?금지)[^!?。]{0,80}[.。]?\s*[>〉》\])]?$/iu;
/** Chinese rights lines ("本網站之文字…非經授權，不得轉載…"): a ban on reproduction without permission. */
const CJK_RIGHTS_LINE = /^[^。]{0,40}(?:未經|非經|未经|非经)(?:授權|授权|許可|许可|同意)[^。]{0,20}(?:不得|禁止|請勿|请勿)(?:轉載|转载|重製|复制|複製)[^。]{0,60}。?$/u;
/** Tip-off prompts: a reference mark, then an invitation to send tips. */
const TIP_LINE = /^※\s*[^.。]{0,80}?제보[^。]{0,120}$/u;
/** What a social embed shows before (or instead of) its script. */
const EMBED_LABEL =
  /^(?:view (?:this post |this profile )?on (?:instagram|twitter|x|threads|facebook|tiktok)|이 게시물을 instagram에서 보기|instagramでこの投稿を見る|在\s*instagram\s*查看(?:这篇|這篇)?(?:帖子|貼文)|watch on youtube|youtube에서 보기|a post shared by .{1,60}|.{1,60}\(@[\w.]{1,40}\)\s*(?:님의 공유 게시물|がシェアした投稿|分享的帖子|分享的貼文))$/iu;
/** App promos, written as a link-like line behind an arrow. */
const APP_PROMO = /^[▶▷►☞➤]\s*[^.。]{0,40}(?:앱|어플|アプリ|app)[^.。]{0,40}(?:다운로드|설치|받기|ダウンロード|通知|download|install)[^.。]{0,30}$/iu;

const LINE_TAGS = new Set(['P', 'DIV', 'LI', 'SPAN', 'EM', 'SMALL', 'A', 'STRONG', 'B']);
/** Longest text a boilerplate line may have (longer text is a paragraph of the story). */
const MAX_CHARS = 200;

/** Which pattern, if any, the whole of `text` is. */
export function boilerplateKind(text: string): 'copyright' | 'tip-off' | 'social-embed' | 'app-promo' | null {
  if (!text || text.length > MAX_CHARS) return null;
  if (COPYRIGHT_LINE.test(text) || CJK_RIGHTS_LINE.test(text)) return 'copyright';
  if (TIP_LINE.test(text)) return 'tip-off';
  if (EMBED_LABEL.test(text)) return 'social-embed';
  if (APP_PROMO.test(text)) return 'app-promo';
  return null;
}

/** Removes whole lines of in-body boilerplate (copyright, tip-off, social-embed labels, app promos). */
export function removeInbodyBoilerplate(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  // Each match is a whole line of known boilerplate, a positive identification: only code stays guarded.
  ctx.beginRule(removeInbodyBoilerplateRule.name, true);
  const lines: Element[] = [];
  for (const el of ctx.elements) {
    if (!LINE_TAGS.has(el.nodeName) || el.querySelector('p, div, li, img, figure, table')) continue;
    if (ctx.textLength(el) > MAX_CHARS * 2) continue;
    if (boilerplateKind(ctx.text(el))) lines.push(el);
  }
  return removeAll(ctx, lines);
}

/** The named rule. */
export const removeInbodyBoilerplateRule: PreCleanRule = { name: 'remove-inbody-boilerplate', apply: removeInbodyBoilerplate };
