import { keepVideoDescriptions, markCaptions } from './captions';
import { collapseSpace } from './text';
import { isElement } from './dom-guards';
import { isVerbatim } from './guard/content-guard';
import { guardedRemove } from './guard/guarded-remove';
import type { RemovalLog } from './guard/removal-log';

// After Readability: drop what it kept but a reader would not want — empty blocks, a repeated
// headline, boilerplate lines (copyright/reproduction notices, share prompts) — while headings,
// lists, tables, quotes, code and figures stay intact.

/** Boilerplate line patterns (whole short blocks only). */
const BOILERPLATE = [
  /무단\s*(?:전재|복제|배포)|재배포\s*금지|저작권자\s*[©(ⓒ]|ⓒ\s*\S+.*(?:무단|금지)|copyrights?\s*(?:©|ⓒ|\(c\))/iu,
  /all rights reserved|alle rechte vorbehalten|tous droits réservés|転載禁止|無断転載|版权所有|版權所有|未经授权|未經授權|不得转载|禁止转载/iu,
  /^(?:share|teilen|partager|공유하기|공유|シェア|分享)(?:\s+(?:this|on|via)\b.*)?$/iu,
];
const MEDIA = 'img, picture, video, audio, iframe, table, hr, pre, code, math, svg, figure';
/** Any character a reader would see. */
const VISIBLE = /[^\s\u00a0\u200b\u3000\ufeff]/u;
/** What a rule may separate from the story's edge (another rule is not content). */
const EDGE_CONTENT = 'img, picture, video, audio, iframe, table, pre, code, math, svg, figure';

function isEmptyBlock(el: Element): boolean {
  // Any visible character means not empty (no need to collapse the whole text to find out).
  if (VISIBLE.test(el.textContent ?? '')) return false;
  return !(el.matches(MEDIA) || el.querySelector(MEDIA));
}

/** Credit lines that end wire stories (who reported, edited, how to reach them). */
const TRAILING_CREDIT = [
  /^\(?(?:reporting|additional reporting|writing|editing|compiled|research) by\b/iu,
  /\bcontributed (?:reporting|to this (?:report|story|article))\b/iu,
  /^(?:write to|e-?mail|contact|reach) (?:the )?(?:reporters?|writers?|authors?|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3}) (?:at|on)\b/iu,
  /^follow (?:us|him|her|them|@\w+|\p{Lu}\p{L}+ \p{Lu}\p{L}+) (?:on|at) (?:twitter|facebook|instagram|x)\b/iu,
  /^more ap [\w\s]+:/iu,
  // A bare contact line: an e-mail address or a social profile.
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/\w+|@\w{2,})$/iu,
];

/** Removes credit lines among the last blocks of the story. */
function removeTrailingCredits(root: Element, log: RemovalLog): void {
  // The last eight leaf blocks, found from the end (the story's other blocks are not looked at).
  const all = root.querySelectorAll('p, div, li, em, i, small');
  const blocks: Element[] = [];
  for (let i = all.length - 1; i >= 0 && blocks.length < 8; i--) {
    const el = all[i];
    if (el && !el.querySelector('p, div, li')) blocks.push(el);
  }
  for (const el of blocks.reverse()) {
    const text = collapseSpace(el.textContent ?? '');
    if (text && text.length < 320 && TRAILING_CREDIT.some((re) => re.test(text))) guardedRemove(el, 'post-clean:trailing-credit', log);
  }
}

/** Promotional lines written into the story text between <br>s (Korean portals and broadcasters). */
const PROMO_LINE =
  /^[▶▷►☞※■●◆○·•*\-\s]*['"‘“]?(?:.{0,30}(?:채널을?\s*(?:구독|추가)|구독하세요|구독해\s*주세요)|(?:기사\s*)?제보\s*(?:및|:|하기|는)|보도자료\s*(?:및|:)|\[(?:카카오톡|전화|이메일|메일|홈페이지|유튜브|문자)\]|당신의\s*제보|(?:저작권자|ⓒ|©).{0,40}(?:무단|금지))/u;

/** Removes <br>-separated promo lines ("▶ 기사제보 및 보도자료 …") from text blocks. */
function removePromoLines(root: Element, log: RemovalLog): void {
  for (const block of [...root.querySelectorAll('p, div, td, article, section')]) {
    if (!block.querySelector(':scope > br') || isVerbatim(block)) continue;
    let line: ChildNode[] = [];
    const flush = (br: ChildNode | null): void => {
      const text = collapseSpace(line.map((n) => n.textContent ?? '').join(''));
      if (text && text.length < 200 && PROMO_LINE.test(text)) {
        if (log) log.push({ rule: 'post-clean:promo-line', tag: '#text', text: text.slice(0, 120) });
        for (const n of line) n.remove();
        br?.remove();
      }
      line = [];
    };
    for (const child of [...block.childNodes]) {
      if (child.nodeName === 'BR') flush(child);
      else if (child.nodeType === 1 && /^(?:P|DIV|UL|OL|TABLE|FIGURE|H[1-6])$/.test(child.nodeName)) line = [];
      else line.push(child);
    }
    flush(null);
  }
}

/** Image paths of author portraits rather than story pictures. */
const PORTRAIT_SRC = /\/(?:columnists?|authors?|profiles?|reporters?|writers?|bylines?|avatars?|mugshots?)\/|avatar|mugshot|headshot/i;

/**
 * Removes author portraits: an image whose address names it a portrait, or whose alt text or caption
 * is just the author's name (a columnist's photo floated into the story).
 */
function removeAuthorPhotos(root: Element, authors: readonly string[], log: RemovalLog): void {
  for (const img of [...root.querySelectorAll('img')]) {
    const alt = collapseSpace(img.getAttribute('alt') ?? '');
    const holder = img.closest('figure') ?? (img.parentElement && img.parentElement !== root && (img.parentElement.textContent ?? '').length < 60 ? img.parentElement : null);
    const caption = collapseSpace(holder?.textContent ?? '');
    const namesAuthor = authors.some((a) => a.length >= 2 && [alt, caption].some((t) => t.startsWith(a) && t.length <= a.length + 20));
    if (!namesAuthor && !PORTRAIT_SRC.test(img.getAttribute('src') ?? '')) continue;
    guardedRemove(holder ?? img, 'post-clean:author-photo', log);
  }
  // A portrait's caption left alone once the picture is gone: just the author's name and title.
  const leading = root.querySelectorAll('figcaption, p, span');
  for (let i = 0; i < Math.min(6, leading.length); i++) {
    const el = leading[i];
    if (!el || !/caption|cap|desc/i.test(el.getAttribute('class') ?? el.nodeName)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (authors.some((a) => a.length >= 2 && text.startsWith(a) && text.length <= a.length + 20)) guardedRemove(el, 'post-clean:author-photo', log);
  }
}

/** True when nothing with text or media comes after (`after`) or before `el` inside `root`. */
function atEdge(el: Element, root: Element, after: boolean): boolean {
  for (let node: Node = el; node !== root; ) {
    for (let sib = after ? node.nextSibling : node.previousSibling; sib; sib = after ? sib.nextSibling : sib.previousSibling) {
      // Comments and the like are not content (the sanitizer drops them).
      if (sib.nodeType !== 1 && sib.nodeType !== 3) continue;
      if (VISIBLE.test(sib.textContent ?? '')) return false;
      if (isElement(sib) && (sib.matches(EDGE_CONTENT) || sib.querySelector(EDGE_CONTENT))) return false;
    }
    const parent = node.parentNode;
    if (!parent) return false;
    node = parent;
  }
  return true;
}

/** Removes rules (<hr>) that open or close the story: layout between the story and what surrounded it. */
function removeEdgeRules(root: Element): void {
  const rules = root.getElementsByTagName('hr');
  for (let last = rules[rules.length - 1]; last && atEdge(last, root, true); last = rules[rules.length - 1]) last.remove();
  for (let first = rules[0]; first && atEdge(first, root, false); first = rules[0]) first.remove();
}

/** Removes empty blocks, a leading copy of the headline and short boilerplate blocks from `root`. */
export function postClean(root: Element, title: string, authors: readonly string[] = [], log: RemovalLog = null): void {
  removeAuthorPhotos(root, authors, log);
  // Edge rules first (their emptied wrappers go with the empty blocks), and again at the end, once
  // boilerplate after a closing rule is gone.
  removeEdgeRules(root);
  for (const el of [...root.querySelectorAll('p, div, section, span, li, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, figure, figcaption')].reverse()) {
    if (isEmptyBlock(el) && !isVerbatim(el)) el.remove();
  }
  // The headline repeated at the top of the body, as a heading or (after Readability) a plain block.
  const titleKey = title.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  if (titleKey) {
    const firstBlocks = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, strong')].filter((el) => !el.querySelector('p, div, h1, h2, h3, h4')).slice(0, 3);
    const repeat = firstBlocks.find((el) => (el.textContent ?? '').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase() === titleKey);
    if (repeat) guardedRemove(repeat, 'post-clean:repeated-title', log);
  }
  // A notice written as a paragraph of the story stays (wire copy such as AP's must carry it);
  // site-wide notice boxes (divs, spans, small print) go.
  for (const el of [...root.querySelectorAll('div, span, small, li, address, footer, section')]) {
    const raw = el.textContent ?? '';
    if (!raw || raw.length > 600 || !root.contains(el) || el.closest('p')) continue;
    const text = collapseSpace(raw);
    if (!text || text.length > 200) continue;
    if (el.querySelector('p, div, li')) continue;
    if (BOILERPLATE.some((re) => re.test(text))) guardedRemove(el, 'post-clean:boilerplate', log);
  }
  removePromoLines(root, log);
  removeTrailingCredits(root, log);
  // End marks and separators written as text ("■", "***", "◆") carry no words.
  for (const el of [...root.querySelectorAll('p, div, span')]) {
    const text = (el.textContent ?? '').trim();
    if (text && text.length <= 5 && !/[\p{L}\p{N}]/u.test(text) && !el.querySelector('img, picture, video, hr, math')) guardedRemove(el, 'post-clean:end-mark', log);
  }
  removeEdgeRules(root);
  keepVideoDescriptions(root);
  markCaptions(root);
}
