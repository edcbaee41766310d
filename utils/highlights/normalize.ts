/**
 * The text highlights are anchored in: whitespace runs (line breaks between blocks, tabs, NBSP)
 * become one space, so the reader's DOM text and the clip's stored plain text agree.
 */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
