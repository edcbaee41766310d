import { describe, expect, it } from 'vitest';
import { guardReason, isBetweenParagraphs, isInlineInProse, isVerbatim } from '../../../../utils/extract/guard/content-guard';
import { ARTICLE_CLEAN_RULES, cleanArticle, PRE_CLEAN_RULES, preClean } from '../../../../utils/extract/pre-clean';
import type { Removal } from '../../../../utils/extract/guard/removal-log';
import { postClean } from '../../../../utils/extract/post-clean';
import { htmlDoc, page, paragraphs } from '../helpers';

const LONG = 'The council approved the new budget after a long debate, and residents said the changes were overdue.';

describe('content guard predicates', () => {
  it('treats code, kbd, samp and math and everything inside them as verbatim', () => {
    const doc = htmlDoc('<body><pre><span id="a">(</span></pre><p>Press <kbd id="b">K</kbd></p><p id="c">text</p><math><mi id="d">x</mi></math></body>');
    expect(['a', 'b', 'd'].map((id) => isVerbatim(doc.getElementById(id)!))).toEqual([true, true, true]);
    expect(isVerbatim(doc.getElementById('c')!)).toBe(false);
  });

  it('sees an inline element in a sentence, not a label standing alone', () => {
    const doc = htmlDoc(`<body><p>${LONG} <span id="a">Review</span> by two colleagues.</p><p><span id="b">Review</span></p><div><a id="c">Share</a></div></body>`);
    expect(isInlineInProse(doc.getElementById('a')!)).toBe(true);
    expect(isInlineInProse(doc.getElementById('b')!)).toBe(false);
    expect(isInlineInProse(doc.getElementById('c')!)).toBe(false);
  });

  it('does not shelter a share prompt written into a paragraph', () => {
    const doc = htmlDoc(`<body><p>${LONG}<span id="a"><a href="#">Click To Tweet</a></span></p></body>`);
    expect(isInlineInProse(doc.getElementById('a')!)).toBe(false);
  });

  it('sees a heading between two body paragraphs, but not one at the edge', () => {
    const doc = htmlDoc(`<body><p>${LONG}</p><h2 id="a">Section</h2><p>${LONG}</p><h2 id="b">Last</h2></body>`);
    expect(isBetweenParagraphs(doc.getElementById('a')!)).toBe(true);
    expect(isBetweenParagraphs(doc.getElementById('b')!)).toBe(false);
  });

  it('keeps a section heading that opens a body paragraph, even after a code block', () => {
    const doc = htmlDoc(`<body><pre>x = 1</pre><h2 id="a" class="heading-share-anchor">Setting two</h2><p>${LONG}</p><h2 id="b">Related</h2><ul><li><a href="/1">One</a></li></ul></body>`);
    expect(guardReason(doc.getElementById('a')!)).toBe('section-heading');
    expect(guardReason(doc.getElementById('b')!)).toBeNull();
  });

  it('lets positively cluttered blocks between paragraphs go (link-dense lists, short labels, controls)', () => {
    const doc = htmlDoc(`<body><p>${LONG}</p><ul id="a"><li><a href="/1">Related one</a></li><li><a href="/2">Related two</a></li></ul><p>${LONG}</p><p id="b">Advertisement</p><p>${LONG}</p><ul id="c"><li>First point of the story</li><li>Second point</li></ul><p>${LONG}</p></body>`);
    expect(guardReason(doc.getElementById('a')!)).toBeNull();
    expect(guardReason(doc.getElementById('b')!)).toBeNull();
    expect(guardReason(doc.getElementById('c')!)).toBe('between-paragraphs');
  });

  it('applies only the verbatim check to positive rules (hidden text, edit links)', () => {
    const doc = htmlDoc(`<body><p>${LONG} <span id="a">hidden</span> words.</p><pre><span id="b">x</span></pre></body>`);
    expect(guardReason(doc.getElementById('a')!, true)).toBeNull();
    expect(guardReason(doc.getElementById('b')!, true)).toBe('verbatim');
  });
});

/** A story whose code, inline words and middle heading carry every rule's clutter names and words. */
function trapStory(): string {
  return `<article><h1>Budget approved after long debate</h1>
${paragraphs(3)}
<h2 class="share-header comment related social tags">Why the vote matters</h2>
<p>${LONG} In the <a class="font-serif css-1ir2x share" href="/ref">reference text</a> and the <span class="label tag ad">Review</span> by the clerk, <span class="sr-hint comment">by</span> the way, nothing changed.</p>
<pre class="comment-example share"><code><span class="comment">// by design</span>
<span class="tag">return</span> <span class="ad">(</span>x<span class="ad">)</span> <span>{</span> <span class="share">int</span> <span>}</span>   
<span> </span></code></pre>
<p>Press <kbd class="tool">Ctrl</kbd> then <samp class="label">OK</samp> to continue: ${LONG}</p>
${paragraphs(3, 'Later')}
</article>`;
}

const CODE = '// by design\nreturn (x) { int }   \n ';

const ALL_RULES = [...PRE_CLEAN_RULES, ...ARTICLE_CLEAN_RULES];

describe('every removal rule respects the guard', () => {
  for (const rule of ALL_RULES) {
    it(`${rule.name} keeps code, words inside sentences and the middle heading`, () => {
      const doc = page(trapStory());
      preClean(doc, [rule], undefined, 'Budget approved after long debate', 'en');
      const article = doc.querySelector('article')!;
      cleanArticle(article, [rule], 'Budget approved after long debate');
      expect(doc.querySelector('pre')?.textContent).toBe(CODE);
      expect(doc.querySelector('h2')?.textContent).toBe('Why the vote matters');
      const text = article.textContent ?? '';
      for (const words of ['reference text', 'Review by the clerk', 'by the way', 'Press Ctrl then OK']) expect(text.replace(/\s+/g, ' ')).toContain(words);
    });
  }

  it('post-clean keeps syntax-highlighting punctuation and code whitespace', () => {
    const doc = page(trapStory());
    const article = doc.querySelector('article')!;
    postClean(article, 'Budget approved after long debate');
    expect(doc.querySelector('pre')?.textContent).toBe(CODE);
  });

  it('reports what each rule removed and what the guard kept', () => {
    const doc = page(`<article><h1>Budget approved after long debate</h1>${paragraphs(3)}<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div><p>${LONG} <a class="share" href="/x">a cited source</a> said.</p></article>`);
    const log: Removal[] = [];
    cleanArticle(doc.querySelector('article')!, ALL_RULES, 'Budget approved after long debate', log);
    expect(log).toContainEqual({ rule: 'remove-share-tools', tag: 'div', text: 'Share Tweet' });
    expect(log).toContainEqual({ rule: 'remove-share-tools', tag: 'a', text: 'a cited source', keptBy: 'inline-in-prose' });
  });
});
