const MIN_LENGTH = 140;
const CAP = 100;

/**
 * A cousin of Readability's isProbablyReaderable score, computed on the prose blocks already found:
 * the sum of sqrt(length − 140) over long paragraphs (capped at 100). Lengths are CJK-weighted, so
 * CJK paragraphs, short in characters, still count; Readability's own version misses many of them.
 */
export function readerableScore(paragraphLengths: readonly number[]): number {
  let score = 0;
  for (const length of paragraphLengths) if (length >= MIN_LENGTH) score += Math.sqrt(length - MIN_LENGTH);
  return Math.min(score, CAP);
}
