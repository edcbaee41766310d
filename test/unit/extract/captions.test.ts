import { describe, expect, it } from 'vitest';
import { keepVideoDescriptions, markCaptions } from '../../../utils/extract/captions';
import { page } from './helpers';

function root(html: string): Element {
  const el = page(`<div id="r">${html}</div>`).getElementById('r');
  if (!el) throw new Error('no root');
  return el;
}

describe('captions', () => {
  it('turns caption classes, figure credits and credit lines into figcaptions', () => {
    const r = root(`<div class="wp-caption-text">A caption</div><figure><img src="a.jpg"><cite>Getty Images</cite></figure>
      <p>(Image credit: Blue Origin)</p><span class="newsCaption">Camel case caption</span><p>A normal paragraph about the story.</p>`);
    markCaptions(r);
    expect([...r.querySelectorAll('figcaption')].map((f) => f.textContent)).toEqual(['A caption', 'Getty Images', '(Image credit: Blue Origin)', 'Camel case caption']);
    expect(r.querySelector('p')?.textContent).toBe('A normal paragraph about the story.');
  });

  it('keeps pointer lines with links and drop caps as text', () => {
    const r = root('<p>(Graphic: Global assets in 2019 - <a href="https://x">here</a>)</p><p><span class="cap">T</span>he story</p>');
    markCaptions(r);
    expect(r.querySelector('figcaption')).toBeNull();
  });

  it('turns captions of videos or of removed media back into paragraphs', () => {
    const r = root('<figure><figcaption>What the video showed</figcaption></figure><figure><img src="a.jpg"><figcaption>Photo cap</figcaption></figure>');
    keepVideoDescriptions(r);
    expect(r.querySelector('p')?.textContent).toBe('What the video showed');
    expect(r.querySelector('figcaption')?.textContent).toBe('Photo cap');
  });
});
