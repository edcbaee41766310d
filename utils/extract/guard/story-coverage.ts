import type { ClipCoverage } from '../types';

// Which of the story's headings and paragraphs made it into the clip. The page's blocks are noted
// after the page rules ran and before Readability, in document order. The story runs from the
// first to the last block the clip kept: a heading or paragraph inside that run that is missing
// from the clip was dropped from the story (what came before or after — author boxes, comments —
// is clutter the article rules removed on purpose), and the popup says so.

/** A block of the page as a comparison key (letters and digits only). */
interface Block {
  heading: boolean;
  key: string;
}

/** The page's section headings and paragraphs, in document order. */
export type StoryBlocks = readonly Block[];

const key = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
/** Paragraphs shorter than this (in letters) are captions, labels and credits, not story text. */
const MIN_PARAGRAPH = 80;
/** Characters read from the start of a block (several times the letters a key needs, for spaces and punctuation). */
const HEAD_CHARS = 400;
/** The start of a paragraph that identifies it (the clip may trim or split its end). */
const PARAGRAPH_KEY = 60;

/** Notes the section headings (h2–h6 followed by a paragraph) and the paragraphs under `root` (the cleaned page). */
export function storyBlocks(root: Element): StoryBlocks {
  const out: Block[] = [];
  for (const el of root.querySelectorAll('h2, h3, h4, h5, h6, p')) {
    // The start is enough (a key is 60 letters; "long enough" is 80): no pass over whole long paragraphs.
    const k = key((el.textContent ?? '').slice(0, HEAD_CHARS));
    if (el.nodeName === 'P') {
      if (k.length >= MIN_PARAGRAPH) out.push({ heading: false, key: k.slice(0, PARAGRAPH_KEY) });
      continue;
    }
    // A section heading opens a paragraph; box titles ("Related", "Most read") open lists of links.
    const next = el.nextElementSibling;
    if (k.length >= 3 && !el.closest('nav, aside, footer') && next?.nodeName === 'P' && key(next.textContent ?? '').length >= MIN_PARAGRAPH) out.push({ heading: true, key: k });
  }
  return out;
}

/** Compares the story's blocks (and the dek's text, when the page has one) with the clip's `text`. */
export function storyCoverage(blocks: StoryBlocks, text: string, dek: string | null): ClipCoverage {
  const body = key(text);
  const kept = blocks.map((b) => body.includes(b.key));
  const first = kept.indexOf(true);
  const story = first < 0 ? [] : blocks.slice(first, kept.lastIndexOf(true) + 1);
  const dropped = story.filter((b) => !body.includes(b.key));
  return {
    headings: story.filter((b) => b.heading).length,
    droppedHeadings: dropped.filter((b) => b.heading).length,
    paragraphs: story.filter((b) => !b.heading).length,
    droppedParagraphs: dropped.filter((b) => !b.heading).length,
    dek: dek === null ? null : body.includes(key(dek)),
  };
}
