import { removeBoxes } from './remove-boxes';
import { type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Editorial disclaimers under the story: "※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다",
// "特别声明：本文经授权发布，不代表…立场", "The views expressed are the author's own".

const WORDS = new Set(['disclaimer', 'disclaimers', 'statement', 'notice', 'notices']);
const NAMES = /disclaimer|footer-?txt|article-?footer-?(?:note|text|txt)/;
const LABEL =
  /^(?:[^\p{L}\d]*)(?:disclaimer|the views expressed|opinions expressed|[\w\s]{0,30}may (?:earn|receive) (?:an? )?(?:affiliate )?commission|this (?:article|post|story) (?:contains|may contain) affiliate links|외부\s*필자의|본\s*(?:칼럼|기고)은|이\s*(?:칼럼|기고)은|特别声明|免责声明|声明[:：]|本文(?:经|系|为)(?:授权|作者)|该文观点|haftungsausschluss|avertissement)/iu;

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /disclaimer|statement|notice|footer/i;

/** Removes editorial disclaimers (by class/id or by their opening words). */
export function removeDisclaimers(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  return removeBoxes(ctx, { words: WORDS, hint: HINT, names: NAMES, label: LABEL, labelTags: new Set(['DIV', 'P', 'SECTION', 'ASIDE', 'SMALL']), maxChars: 600 });
}

/** The named rule. */
export const removeDisclaimersRule: PreCleanRule = { name: 'remove-disclaimers', apply: removeDisclaimers };
