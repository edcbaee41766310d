import { rawBound, smallElements } from './dom-patterns';
import { removeBoxes } from './remove-boxes';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Editorial disclaimers, license notices and copyright components: "외부 필자의 원고는 본지의 편집
// 방향과 다를 수 있습니다", "特别声明：本文经授权发布…", "공공누리 제1유형", a `.copyright` line under the
// story, and the CJK reproduction bans ("무단 전재 및 재배포 금지", "無断転載禁止", "未经授权不得转载").
// An English notice written as a plain paragraph of wire copy stays: the licence requires it.

const WORDS = new Set(['disclaimer', 'disclaimers', 'copyright', 'copyrights', 'license', 'licence', 'kogl', 'statement', 'rights']);
const NAMES = /disclaimer|copyright|licen[cs]e|kogl|footer-?txt|article-?footer-?(?:note|text|txt)|legal-?notice/;
const LABEL =
  /^(?:[^\p{L}\d]*)(?:disclaimer|the views expressed|opinions expressed|외부\s*필자의|본\s*(?:칼럼|기고)은|이\s*(?:칼럼|기고)은|공공누리|特别声明|免责声明|声明[:：]|本文(?:经|系|为)(?:授权|作者)|该文观点|haftungsausschluss|avertissement)/iu;
/** Reproduction bans in Korean, Japanese and Chinese, however they are bracketed. */
const REPRODUCTION_BAN = /무단\s*(?:전재|복제|배포)|재배포\s*금지|無断(?:転載|複製)|転載禁止|未经(?:授权|许可)|不得转载|禁止转载|版权所有/u;

const BAN_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'ADDRESS', 'LI']);

/** Removes disclaimers, license notices, copyright components and CJK reproduction bans. */
export function removeDisclaimers(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  let n = removeBoxes(ctx, { words: WORDS, names: NAMES, label: LABEL, maxChars: 600 });
  const bans = smallElements(ctx, BAN_TAGS, rawBound(200)).filter((el) => {
    const text = ctx.text(el);
    return text.length > 0 && text.length < 200 && REPRODUCTION_BAN.test(text) && !el.querySelector('p, div');
  });
  n += removeAll(ctx, bans);
  return n;
}

/** The named rule. */
export const removeDisclaimersRule: PreCleanRule = { name: 'remove-disclaimers', apply: removeDisclaimers };
