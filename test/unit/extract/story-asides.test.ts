import { describe, expect, it } from 'vitest';
import { keepStoryAsides } from '../../../utils/extract/story-asides';
import { page } from './helpers';

describe('keepStoryAsides', () => {
  it('turns an editorial aside inside the article into a div, and leaves widgets and page sidebars', () => {
    const doc = page(`<article><p>Story.</p><aside class="encadre"><h3>Repères</h3><p>Un châtaignier greffé peut produire pendant trois siècles.</p></aside>
      <aside class="related-links"><p><a href="/a">Other story</a></p></aside></article><aside class="sidebar"><p>Sidebar text</p></aside>`);
    expect(keepStoryAsides(doc)).toBe(1);
    expect(doc.querySelector('div.encadre')?.textContent).toContain('trois siècles');
    expect(doc.querySelectorAll('aside')).toHaveLength(2);
  });
});
