import { describe, expect, it } from 'vitest';
import { removeComments } from '../../../../utils/extract/pre-clean/remove-comments';
import { scanRoot } from '../../../../utils/extract/pre-clean/scan-context';
import { page, paragraphs } from '../helpers';

describe('removeComments', () => {
  it('removes comment sections, prompts and moderation notices from the article', () => {
    const doc = page(`<div id="article">${paragraphs(3)}
      <section id="comments" class="comments"><h2>Comments (312)</h2><p>Great piece!</p></section>
      <div><h3>댓글</h3><p>좋은 기사네요</p></div>
      <div id="disqus_thread"></div>
      <p>ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.</p></div>`);
    const article = doc.getElementById('article');
    if (!article) throw new Error('no article');
    removeComments(doc, scanRoot(article));
    expect(doc.body.textContent).not.toMatch(/Great piece|좋은 기사|moderador/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('removes only named comment sections from the whole page', () => {
    const doc = page(`${paragraphs(3)}<section id="comments"><p>Great piece!</p></section><div><h3>댓글</h3><p>좋은 기사네요</p></div>`);
    removeComments(doc);
    expect(doc.body.textContent).not.toContain('Great piece');
    expect(doc.body.textContent).toContain('좋은 기사네요');
  });

  it('does not mistake commentary for comments', () => {
    const doc = page(`<div class="commentary">${paragraphs(3)}</div>`);
    removeComments(doc);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});
