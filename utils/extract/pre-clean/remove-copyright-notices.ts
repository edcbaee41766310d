import { removeBoxes } from './remove-boxes';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Copyright and licence components under the story (`.copyright`, `.view-copyright`,
// "공공누리" licence boxes) and the CJK reproduction bans ("<저작권자 ⓒ 서린경제, 무단 전재 및 재배포
// 금지>", "無断転載禁止", "未经授权不得转载") when they stand as their own element. Runs before
// Readability: once it turns <br> runs into paragraphs, a notice written into the story text looks
// the same as a separate one. An English notice written as a plain paragraph of wire copy stays:
// the wire's licence requires it to travel with the text.

const WORDS = new Set(['copyright', 'copyrights', 'license', 'licence', 'kogl', 'rights']);
const NAMES = /copyright|licen[cs]e|kogl|legal-?notice/;
/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /copyright|licen|kogl|rights|legal/i;
/** Reproduction bans in Korean, Japanese and Chinese, however they are bracketed. */
const REPRODUCTION_BAN = /무단\s*(?:전재|복제|배포)|재배포\s*금지|無断(?:転載|複製)|転載禁止|未经(?:授权|许可)|不得转载|禁止转载|版权所有/u;
const BAN_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'ADDRESS', 'LI']);

/** Removes copyright/licence components and stand-alone CJK reproduction bans. */
export function removeCopyrightNotices(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  let n = removeBoxes(ctx, { words: WORDS, names: NAMES, hint: HINT, maxChars: 600 });
  // The bans are Korean, Japanese and Chinese phrases: other pages skip the pass over their text.
  if (ctx.lang && !/^(?:ko|ja|zh)\b/i.test(ctx.lang)) return n;
  const bans: Element[] = [];
  // Look through the text, not the elements: bans are rare, and most pages have none.
  for (const node of ctx.textNodes()) {
    if (!REPRODUCTION_BAN.test(node.nodeValue ?? '')) continue;
    const box = node.parentElement?.closest('p, div, span, small, em, address, li');
    if (!box || !BAN_TAGS.has(box.nodeName) || box.querySelector('p, div') || !ctx.attached(box)) continue;
    const text = ctx.text(box);
    if (text.length > 0 && text.length < 200) bans.push(box);
  }
  n += removeAll(ctx, bans);
  return n;
}

/** The named rule. */
export const removeCopyrightNoticesRule: PreCleanRule = { name: 'remove-copyright-notices', apply: removeCopyrightNotices };
