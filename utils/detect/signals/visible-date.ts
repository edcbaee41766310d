const MONTHS =
  'jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|mar(?:ch|s)?|m[äa]rz|apr(?:il)?|avr(?:il)?|may|mai|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust)?|ao[ûu]t|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|d[ée]c(?:ember|embre)?|dez(?:ember)?';
// Numeric dates (2024-05-17, 2024. 5. 17., 2024年5月17日) and written ones in English, German and French.
const DATE = new RegExp(
  `(?:19|20)\\d{2}\\s*[-./年]\\s*\\d{1,2}\\s*[-./月]\\s*\\d{1,2}|\\b\\d{1,2}\\.?\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2}|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}`,
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
  if (hasDate((block.textContent ?? '').slice(0, 200))) return true;
  let text = '';
  let node: Element | null = block;
  for (let level = 0; node && level < MAX_LEVELS && text.length < MAX_TEXT; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let count = 0; sibling && count < MAX_SIBLINGS && text.length < MAX_TEXT; count++, sibling = sibling.previousElementSibling) {
      text = `${(sibling.textContent ?? '').replace(/\s+/g, ' ').slice(-MAX_TEXT)} ${text}`;
    }
  }
  return hasDate(text);
}
