import { describe, expect, it } from 'vitest';
import { collectFigures, restoreFigures } from '../../../utils/extract/figures';
import { page } from './helpers';

const STORY = 'The council approved the new budget after a long debate on Tuesday evening.';

describe('figures', () => {
  it('puts back a dropped hero figure at the top and a dropped figure after its paragraph', () => {
    const doc = page(`<article><h1>Budget passes</h1><figure><img src="https://x.com/hero.jpg?w=1"><figcaption>Hero caption</figcaption></figure>
      <p>${STORY}</p><figure><img src="https://x.com/strip.jpg"><figcaption>Strip caption</figcaption></figure><p>Second paragraph of the story, long enough to count as text.</p></article>
      <div class="related"><figure><img src="https://x.com/other.jpg"><figcaption>Other story</figcaption></figure></div>`);
    const noted = collectFigures(doc);
    expect(noted).toHaveLength(2);
    const content = doc.createElement('div');
    content.innerHTML = `<p>${STORY}</p><p>Second paragraph of the story, long enough to count as text.</p>`;
    restoreFigures(content, noted);
    expect([...content.children].map((c) => c.nodeName)).toEqual(['FIGURE', 'P', 'FIGURE', 'P']);
    expect(content.textContent).not.toContain('Other story');
  });

  it('leaves figures Readability kept alone', () => {
    const doc = page(`<h1>Budget</h1><p>${STORY}</p><figure><img src="https://x.com/a.jpg"><figcaption>A</figcaption></figure>`);
    const noted = collectFigures(doc);
    const content = doc.createElement('div');
    content.innerHTML = `<p>${STORY}</p><figure><img src="https://x.com/a.jpg"><figcaption>A</figcaption></figure>`;
    restoreFigures(content, noted);
    expect(content.querySelectorAll('figure')).toHaveLength(1);
  });
});
