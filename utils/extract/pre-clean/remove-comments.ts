import { rawBound, smallElements } from './dom-patterns';
import { removeBoxes } from './remove-boxes';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Comment sections and their prompts ("Leave a reply", "댓글", "コメント", "评论", "Kommentare").
// Exact words only: "commentary" (opinion pieces) must not match.

const WORDS = new Set([
  'comment', 'comments', 'commentlist', 'commentform', 'disqus', 'respond', 'replies', 'discussion',
  'livefyre', 'viafoura', 'coral', 'reply', 'reactions', 'reaction', 'cmt', 'cmts',
]);
const NAMES = /disqus|fb-comments|comment-?(?:s|list|area|box|wrap|section|form|count|respond)|(?:^|\s)#?respond|u_cbox|cbox_|reply-?(?:area|box|form)|emotion|reaction-?(?:box|area|wrap)|like-?(?:box|area|btn|button)|recommend-?btn/;
/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /comment|disqus|respond|repl|discussion|livefyre|viafoura|coral|reaction|cmt|cbox|emotion|like|recommend/i;
const LABEL =
  /^(?:[^\p{L}\d]*)(?:\d+\s+)?(?:comments?\b|leave a (?:comment|reply)|post (?:a )?comment|add (?:a )?comment|join the (?:discussion|conversation)|show comments|view comments|tell us what you think|reader comments|댓글|의견|コメント|评论|評論|留言|网友评论|kommentare?\b|kommentieren|leserkommentare|commentaires?\b|réagir|réactions|commenti\b|comentários|comentarios|отзывы|добавить (?:отзыв|комментарий)|комментарии)/iu;
/** Moderation and comment-policy notices. */
const NOTICE = /(?:comments? (?:are|is) (?:closed|moderated)|moderat(?:ed|or|ing) (?:all )?comments|comment policy|community guidelines|not be approved by the moderator|serão aprovados pelo moderador|댓글 운영|악성 댓글|コメントは承認|评论审核)/iu;

const NOTICE_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM']);

/** Removes comment sections, comment prompts and moderation notices. */
export function removeComments(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  // On the whole page (before Readability) by name only: a long comment thread can outweigh a short
  // story in Readability's scoring. Labels and notices are looked for in the article afterwards.
  if (ctx.root === doc.documentElement) return removeBoxes(ctx, { words: WORDS, names: NAMES, hint: HINT, maxChars: 20000 });
  let n = removeBoxes(ctx, { words: WORDS, names: NAMES, hint: HINT, label: LABEL, maxChars: 20000, paragraphLabelChars: 40 });
  const notices = smallElements(ctx, NOTICE_TAGS, rawBound(400)).filter((el) => {
    const text = ctx.text(el);
    return text.length > 0 && text.length < 400 && NOTICE.test(text) && !el.querySelector('p, div');
  });
  n += removeAll(ctx, notices);
  return n;
}

/** The named rule. */
export const removeCommentsRule: PreCleanRule = { name: 'remove-comments', apply: removeComments };
