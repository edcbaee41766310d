// CJK scripts pack roughly two to three Latin characters of meaning into one character and use few
// spaces, so raw character counts under-rate Chinese/Japanese/Korean prose. Weighting them keeps one
// threshold meaningful across languages.
const CJK_CLASS = '[\\u1100-\\u11ff\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]';
const CJK = new RegExp(CJK_CLASS, 'g');
const HAS_CJK = new RegExp(CJK_CLASS);

/** Weight given to one CJK character, in Latin-character equivalents. */
export const CJK_WEIGHT = 2.5;

/** Character length of text with whitespace runs collapsed and CJK characters up-weighted. */
export function textWeight(text: string): number {
  // The detector calls this for every text node, so the common cases (indentation-only nodes,
  // Latin text with single spaces) skip the allocating regex work.
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  let weight = /\s\s/.test(trimmed) ? trimmed.replace(/\s+/g, ' ').length : trimmed.length;
  if (HAS_CJK.test(trimmed)) weight += (trimmed.match(CJK)?.length ?? 0) * (CJK_WEIGHT - 1);
  return weight;
}
