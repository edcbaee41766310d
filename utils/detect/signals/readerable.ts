import { textWeight } from '../text-weight';

const MIN_PARAGRAPH = 140;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;

/**
 * A cheap cousin of Readability's isProbablyReaderable: sums sqrt(excess length) of long paragraphs,
 * with CJK characters weighted so short-looking CJK paragraphs count.
 */
export function readerableScore(doc: Document): number {
  let score = 0;
  for (const node of doc.querySelectorAll('p, pre, article')) {
    const match = `${node.className} ${node.id}`;
    if (UNLIKELY.test(match) && !MAYBE.test(match)) continue;
    if (node.matches('li p')) continue;
    const length = textWeight(node.textContent ?? '');
    if (length < MIN_PARAGRAPH) continue;
    score += Math.sqrt(length - MIN_PARAGRAPH);
    if (score > 100) break;
  }
  return score;
}
