import type { TextBlock } from './text-blocks';

const CHROME = /^(NAV|HEADER|FOOTER|ASIDE)$/;
const HEADING = /^H[1-6]$/;
const OWN = 0;
const IN_HEADING = 1;
const IN_CHROME = 2;

/**
 * Where an element sits (own text, heading, page chrome), memoized so each ancestor is classified once.
 * The walk of utils/inherited-value.ts, written out: calling it cost the content script 60 bytes of a
 * tight size budget.
 */
function zoneOf(element: Element, memo: Map<Element, number>): number {
  const path: Element[] = [];
  let zone = OWN;
  for (let e: Element | null = element; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      zone = known;
      break;
    }
    path.push(e);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const e = path[i]!;
    if (CHROME.test(e.tagName)) zone = IN_CHROME;
    else if (zone === OWN && HEADING.test(e.tagName)) zone = IN_HEADING;
    // A heading cannot hold paragraphs: <p> inside one is broken markup around the story's prose.
    else if (zone === IN_HEADING && e.tagName === 'P') zone = OWN;
    memo.set(e, zone);
  }
  return zone;
}

/**
 * Share of the page's own text (outside navigation, header, footer and asides) set as headings (0..1):
 * landing, service and listing pages are built of headlines over short blurbs, stories of paragraphs.
 */
export function headingShare(blocks: ReadonlyMap<Element, TextBlock>): number {
  const memo = new Map<Element, number>();
  let text = 0;
  let headings = 0;
  for (const [element, block] of blocks) {
    const zone = zoneOf(element, memo);
    if (zone !== IN_CHROME) text += block.text;
    if (zone === IN_HEADING) headings += block.text;
  }
  return text > 0 ? headings / text : 0;
}
