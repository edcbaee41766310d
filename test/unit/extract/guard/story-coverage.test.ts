import { describe, expect, it } from 'vitest';
import { storyBlocks, storyCoverage } from '../../../../utils/extract/guard/story-coverage';
import { extractClip } from '../../../../utils/extract/pipeline';
import { htmlDoc, page, paragraphs } from '../helpers';

describe('story coverage', () => {
  it('counts the headings and paragraphs of the story missing from the clip text, and the dek', () => {
    const doc = htmlDoc(`<body><h2>Why it matters</h2>${paragraphs(2)}<h3>What next</h3><nav><h2>Menu</h2></nav></body>`);
    const blocks = storyBlocks(doc.body);
    expect(blocks.headings).toHaveLength(2);
    expect(blocks.paragraphs).toHaveLength(2);
    const text = `Why it matters\n\n${doc.querySelector('p')?.textContent ?? ''}`;
    expect(storyCoverage(blocks, text, 'A standfirst sentence')).toEqual({ headings: 2, droppedHeadings: 1, paragraphs: 2, droppedParagraphs: 1, dek: false });
  });

  it('comes with article clips: a page whose story is kept whole has nothing dropped', () => {
    const doc = page(`<article><h1>Budget approved</h1><h2>Members backed the plan by a wide margin after a long debate</h2>${paragraphs(3)}<h2>Reactions</h2>${paragraphs(3, 'Later')}</article>`);
    const clip = extractClip(doc, { url: 'https://example.com/news/1', window });
    expect(clip.coverage).toMatchObject({ droppedHeadings: 0, droppedParagraphs: 0, dek: true });
    expect(clip.coverage?.headings).toBeGreaterThanOrEqual(1);
    expect(clip.markdown.split('\n')[0]).toContain('Members backed the plan');
  });
});
