// CJK scripts pack roughly two to three Latin characters of meaning into one character and use few
// spaces, so raw character counts under-rate Chinese/Japanese/Korean prose. Weighting them keeps one
// threshold meaningful across languages.
const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Weight given to one CJK character, in Latin-character equivalents. */
export const CJK_WEIGHT = 2.5;

/** Character length of text with whitespace runs collapsed and CJK characters up-weighted. */
export function textWeight(text: string): number {
  const compact = text.replace(/\s+/g, ' ').trim();
  if (compact.length === 0) return 0;
  const cjk = compact.match(CJK);
  return compact.length + (cjk ? cjk.length * (CJK_WEIGHT - 1) : 0);
}
