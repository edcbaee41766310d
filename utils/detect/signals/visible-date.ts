// Month names in English, German and French, by their stems (jan, feb/fév, mär/mar, …).
const MONTH = '(?:jan|feb|f[ée]v|m[äa]r|apr|avr|ma[iy]|jui?n|jui?l|aug|ao[ûu]|sep|o[ck]t|nov|d[ée][cz])[a-zéû]*\\.?';
// Numeric dates (2024-05-17, 2024. 5. 17., 2024年5月17日) and written ones ("17 May 2024", "May 17, 2024").
const DATE = new RegExp(
  `(?:19|20)\\d\\d\\s*[-./年]\\s*\\d\\d?\\s*[-./月]\\s*\\d\\d?|\\b\\d\\d?\\.?\\s+${MONTH}\\s+(?:19|20)\\d\\d|\\b${MONTH}\\s+\\d\\d?(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d`,
  'i',
);
const MAX_TEXT = 600;
const MAX_LEVELS = 3;
const MAX_SIBLINGS = 8;

/** Whether a text holds a calendar date in a common numeric, CJK, English, German or French form. */
export function hasDate(text: string): boolean {
  return DATE.test(text);
}

/**
 * Whether a date is printed just before the main prose block (the story's dateline area) or at the
 * top of the block: articles show when they were written even without any metadata.
 */
export function dateNearBlock(block: Element | null): boolean {
  if (!block) return false;
  // The block's own top (headline, dateline table) counts too; pretty-printed whitespace would eat the budget.
  let text = (block.textContent ?? '').slice(0, 2000).replace(/\s+/g, ' ').slice(0, 400);
  let node: Element | null = block;
  for (let level = 0; node && level < MAX_LEVELS && text.length < MAX_TEXT; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let count = 0; sibling && count < MAX_SIBLINGS && text.length < MAX_TEXT; count++, sibling = sibling.previousElementSibling) {
      text += ` ${(sibling.textContent ?? '').replace(/\s+/g, ' ').slice(-MAX_TEXT)}`;
    }
  }
  return hasDate(text);
}
