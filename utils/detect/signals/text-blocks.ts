import { textWeight } from '../text-weight';

/** The text of one block element (inline descendants included), and how much of it sits in links. */
export interface TextBlock {
  text: number;
  link: number;
}

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg|TEXTAREA|SELECT|OPTION|BUTTON)$/;
const INLINE = /^(A|ABBR|B|BDI|BDO|BR|CITE|CODE|DATA|DFN|EM|FONT|I|KBD|MARK|Q|RUBY|RT|RP|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR|LABEL|INS|DEL)$/;

/**
 * Group the body's text into its nearest block elements (CJK-weighted characters), counting how much
 * of each sits in links. One walk over the text feeds every text-shape signal.
 */
export function collectTextBlocks(doc: Document): Map<Element, TextBlock> {
  const blocks = new Map<Element, TextBlock>();
  if (!doc.body) return blocks;
  // With scripting on (a live tab) a <noscript> holds one raw-text node, which SKIP drops; parsers
  // with scripting off (DOMParser, happy-dom) build its markup as elements. Dropping those too keeps
  // the verdict the same whichever DOM runs it.
  const inNoscript = doc.querySelector('body noscript') ? new Map<Element, boolean>() : undefined;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let element = node.parentElement;
    if (!element || SKIP.test(element.tagName)) continue;
    const weight = textWeight(node.nodeValue ?? '');
    if (weight === 0) continue;
    let inLink = false;
    while (element && INLINE.test(element.tagName)) {
      if (element.tagName === 'A') inLink = true;
      element = element.parentElement;
    }
    if (!element) continue;
    if (inNoscript) {
      let hidden = inNoscript.get(element);
      if (hidden === undefined) inNoscript.set(element, (hidden = element.closest('noscript') !== null));
      if (hidden) continue;
    }
    const block = blocks.get(element) ?? { text: 0, link: 0 };
    block.text += weight;
    if (inLink) block.link += weight;
    blocks.set(element, block);
  }
  return blocks;
}
