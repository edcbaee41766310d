import type { ClipCoverage } from '../types';

// Which of the story's headings and paragraphs made it into the clip. The story's blocks are noted
// after the page rules ran (clutter is gone) and before Readability: a heading or paragraph of the
// story region that is missing from the clip's text was dropped, and the popup says so.

/** The story's headings and paragraphs as comparison keys (letters and digits only). */
export interface StoryBlocks {
  headings: string[];
  paragraphs: string[];
}

const key = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
/** Paragraphs shorter than this (in letters) are captions, labels and credits, not story text. */
const MIN_PARAGRAPH = 80;
/** The start of a paragraph that identifies it (the clip may trim or split its end). */
const PARAGRAPH_KEY = 60;

/** Notes the headings (h2–h6) and paragraphs under `root` (the story region of the cleaned page). */
export function storyBlocks(root: Element): StoryBlocks {
  const headings: string[] = [];
  const paragraphs: string[] = [];
  for (const h of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    const k = key(h.textContent ?? '');
    if (k.length >= 3 && !h.closest('nav, aside, footer')) headings.push(k);
  }
  for (const p of root.getElementsByTagName('p')) {
    const k = key(p.textContent ?? '');
    if (k.length >= MIN_PARAGRAPH) paragraphs.push(k.slice(0, PARAGRAPH_KEY));
  }
  return { headings, paragraphs };
}

/** Compares the story's blocks (and the dek's text, when the page has one) with the clip's `text`. */
export function storyCoverage(blocks: StoryBlocks, text: string, dek: string | null): ClipCoverage {
  const body = key(text);
  return {
    headings: blocks.headings.length,
    droppedHeadings: blocks.headings.filter((h) => !body.includes(h)).length,
    paragraphs: blocks.paragraphs.length,
    droppedParagraphs: blocks.paragraphs.filter((p) => !body.includes(p)).length,
    dek: dek === null ? null : body.includes(key(dek)),
  };
}
