import { describe, expect, it } from 'vitest';
import { storyBlocks, storyCoverage } from '../../../../utils/extract/guard/story-coverage';
import { extractClip } from '../../../../utils/extract/pipeline';
import { htmlDoc, page, paragraphs } from '../helpers';

describe('story coverage', () => {
  it('counts the section headings and paragraphs missing between the first and last kept block, and the dek', () => {
    const doc = htmlDoc(`<body><h2>Why it matters</h2>${paragraphs(2)}<h3>What next</h3>${paragraphs(2, 'Later')}<h2>Menu</h2><ul><li>x</li></ul><h3>About the author</h3>${paragraphs(1, 'Bio')}</body>`);
    const blocks = storyBlocks(doc.body);
    expect(blocks.filter((b) => b.heading).map((b) => b.key)).toEqual(['whyitmatters', 'whatnext', 'abouttheauthor']);
    const p = [...doc.querySelectorAll('p')].map((el) => el.textContent ?? '');
    // Kept: the first heading, paragraphs 1 and 4; lost in between: paragraph 2, "What next", paragraph 3. The bio after the story does not count.
    const text = ['Why it matters', p[0], p[3]].join('\n\n');
    expect(storyCoverage(blocks, text, 'A standfirst sentence')).toEqual({ headings: 2, droppedHeadings: 1, paragraphs: 4, droppedParagraphs: 2, dek: false });
  });

  it('comes with article clips: a page whose story is kept whole has nothing dropped', () => {
    const doc = page(`<article><h1>Budget approved</h1><h2>Members backed the plan by a wide margin after a long debate</h2>${paragraphs(3)}<h2>Reactions</h2>${paragraphs(3, 'Later')}</article>`);
    const clip = extractClip(doc, { url: 'https://example.com/news/1', window });
    expect(clip.coverage).toMatchObject({ droppedHeadings: 0, droppedParagraphs: 0, dek: true });
    expect(clip.coverage?.headings).toBeGreaterThanOrEqual(1);
    expect(clip.markdown.split('\n')[0]).toContain('Members backed the plan');
  });
});
