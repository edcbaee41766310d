import { describe, expect, it } from 'vitest';
import { removePageChrome } from '../../../../utils/extract/pre-clean/remove-page-chrome';
import { page, paragraphs } from '../helpers';

describe('removePageChrome', () => {
  it('removes navigation, the site header and the footer', () => {
    const doc = page(`<header id="header"><h1 class="logo"><a href="/"><img src="l.png" alt="Site"></a></h1></header>
      <nav><a href="/a">Politics</a></nav><main>${paragraphs(3)}</main><footer>Copyright Site</footer>`);
    expect(removePageChrome(doc)).toBe(3);
    expect(doc.querySelector('header, nav, footer')).toBeNull();
    expect(doc.querySelector('main')?.textContent).toContain('Sentence 1');
  });

  it('keeps an article header that carries the headline', () => {
    const doc = page(`<header class="article-header"><h1>The council passes the budget</h1></header>${paragraphs(3)}`);
    removePageChrome(doc);
    expect(doc.querySelector('h1')?.textContent).toBe('The council passes the budget');
  });
});
