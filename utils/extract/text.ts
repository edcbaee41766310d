// Text measures shared by stages. CJK scripts write words without spaces, so "words" are counted as
// whitespace-separated runs for alphabetic text plus one per CJK character, and sizes use characters.

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/gu;

/** Collapses runs of whitespace (including NBSP) to single spaces and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u3000]+/gu, ' ').trim();
}

/** Characters excluding whitespace: the fair size measure for CJK and alphabetic text alike. */
export function countChars(text: string): number {
  return text.replace(/[\s\u00a0\u200b\u3000]+/gu, '').length;
}

/** Number of CJK (Han, kana, Hangul) characters in `text`. */
export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** Words for alphabetic scripts; each Han/kana character counts as a word, Hangul words by spaces. */
export function countWords(text: string): number {
  const hanKana = text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu)?.length ?? 0;
  const rest = text.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu, ' ');
  const runs = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’._-]*/gu)?.length ?? 0;
  return hanKana + runs;
}

/** True when more than a fifth of the letters are CJK (thresholds then count characters, not words). */
export function isMostlyCjk(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && countCjk(text) / letters > 0.2;
}

/**
 * A sample of the page's running text for language/script decisions: title, headline and the
 * first paragraphs (up to `max` characters). Cheaper than the whole body's text on large pages.
 */
export function textSample(doc: Document, max = 4000): string {
  let sample = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`;
  for (const p of doc.querySelectorAll('p')) {
    sample += ` ${p.textContent ?? ''}`;
    if (sample.length >= max) return sample.slice(0, max);
  }
  // Pages without paragraphs (<br>-separated text): fall back to the body's text.
  if (sample.length < 400) sample += ` ${(doc.body?.textContent ?? '').slice(0, max)}`;
  return sample.slice(0, max);
}
