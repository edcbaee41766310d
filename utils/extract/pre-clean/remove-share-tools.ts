import { rawBound, smallElements, spacedText } from './dom-patterns';
import { removeBoxes } from './remove-boxes';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Share bars, social buttons and article tools (print, e-mail, font size, bookmark, copy link), in
// the article and around it. Recognised by class/id words and by text made only of tool words.

const WORDS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'sharer', 'social', 'socials', 'sns', 'sociable', 'addthis',
  'sharethis', 'shareaholic', 'addtoany', 'a2a', 'print', 'printer', 'font', 'fontsize', 'textsize',
  'bookmark', 'scrap', 'qrcode', 'qr',
  // Not platform names ("twitter", "facebook"): embedded posts (blockquote.twitter-tweet) are content.
  'tools', 'toolbar', 'tool', 'util', 'utils', 'utility', 'utilities',
]);

/** Words that make up share bars and tool rows in the languages we clip. */
const TOOL_WORD =
  /^(?:share|shares|shared|tweet|tweets|email|e-mail|mail|print|facebook|twitter|x|whatsapp|pinterest|pint|pin|linkedin|reddit|flipboard|telegram|line|submit|save|copy|link|url|comment|comments|baixar|compartilhar|compartir|condividi|teilen|drucken|partager|imprimer|envoyer|kakao|kakaotalk|band|naver|카카오톡|카카오스토리|카카오|페이스북|트위터|네이버|밴드|블로그|공유|공유하기|인쇄|스크랩|메일|이메일|글자|크기|글자크기|크게|작게|복사|url복사|링크복사|シェア|ツイート|印刷|はてブ|ブックマーク|分享|打印|微博|微信|qq|收藏|复制链接|\d+)$/i;
const ROW_TAGS = new Set(['UL', 'OL', 'DIV', 'P', 'SPAN', 'SECTION', 'ASIDE']);

/** True when the text is a row of tool words ("Share Tweet Email", "공유 인쇄 스크랩"). */
export function isToolRow(text: string): boolean {
  if (!text || text.length > 120) return false;
  const words = text.split(/[\s|/·•,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 14 || !words.every((w) => TOOL_WORD.test(w))) return false;
  // A lone "x" or number is not a tool row; a single tool word ("Share", "공유하기") is.
  return words.some((w) => !/^(?:\d+|x)$/i.test(w));
}

/** Share prompts ("Like this story? Share it with a friend!", "이 기사를 공유하세요"). */
const SHARE_PROMPT = /^(?:like this (?:story|article)\?|share (?:this|it) with|if you (?:liked|enjoyed) this|이 기사를 공유|シェアしてください|分享给朋友)/iu;

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /shar|social|sociable|sns|addthis|addtoany|a2a|print|font|textsize|bookmark|scrap|qr|tool|util/i;

/** Removes share bars, social buttons and print/mail/font-size tools. */
export function removeShareTools(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  let n = removeBoxes(ctx, { words: WORDS, hint: HINT, maxChars: 300, accept: (el) => !el.closest('blockquote') });
  // The spaced text is never shorter than the collapsed text (cached), so that settles most elements.
  const rows = smallElements(ctx, ROW_TAGS, rawBound(120)).filter((el) => ctx.text(el).length <= 120 && !el.querySelector('p') && isToolRow(spacedText(el)));
  n += removeAll(ctx, rows);
  const prompts = smallElements(ctx, new Set(['P', 'DIV', 'SPAN', 'STRONG', 'EM']), rawBound(120)).filter((el) => SHARE_PROMPT.test(ctx.text(el)) && !el.querySelector('p, div'));
  n += removeAll(ctx, prompts);
  return n;
}

/** The named rule. */
export const removeShareToolsRule: PreCleanRule = { name: 'remove-share-tools', apply: removeShareTools };
