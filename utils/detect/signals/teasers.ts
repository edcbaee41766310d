import { textWeight } from '../text-weight';
import { headingLink } from './headlines';

const MAX_CLIMB = 3;
const MIN_EXCERPT = 60;
const MAX_TEASERS = 60;

function excerptLength(heading: Element): number {
  const headingText = textWeight(heading.textContent ?? '');
  let card = heading.parentElement;
  for (let level = 0; card && level < MAX_CLIMB; level++, card = card.parentElement) {
    // Once the card holds a second linked heading we have climbed into the list itself.
    let linked = 0;
    for (const other of card.querySelectorAll('h2, h3, h4, h5, h6')) if (headingLink(other) === 'page') linked++;
    if (linked > 1) return 0;
    const rest = textWeight(card.textContent ?? '') - headingText;
    if (rest >= MIN_EXCERPT) return rest;
  }
  return 0;
}

/**
 * Count teaser cards — a heading linking to another page plus an excerpt — when there are several of
 * similar size (coefficient of variation under 0.5), as on fronts, listings and search results.
 */
export function similarTeasers(doc: Document): number {
  const lengths: number[] = [];
  for (const heading of doc.querySelectorAll('body h2, body h3, body h4, body h5, body h6')) {
    if (headingLink(heading) !== 'page') continue;
    const length = excerptLength(heading);
    if (length > 0) lengths.push(length);
    if (lengths.length >= MAX_TEASERS) break;
  }
  if (lengths.length < 2) return 0;
  const mean = lengths.reduce((sum, n) => sum + n, 0) / lengths.length;
  const deviation = Math.sqrt(lengths.reduce((sum, n) => sum + (n - mean) ** 2, 0) / lengths.length);
  return deviation / mean < 0.5 ? lengths.length : 0;
}
