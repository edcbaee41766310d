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
    const block = blocks.get(element) ?? { text: 0, link: 0 };
    block.text += weight;
    if (inLink) block.link += weight;
    blocks.set(element, block);
  }
  return blocks;
}
