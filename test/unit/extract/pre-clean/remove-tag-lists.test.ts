import { describe, expect, it } from 'vitest';
import { removeTagLists } from '../../../../utils/extract/pre-clean/remove-tag-lists';
import { page, paragraphs } from '../helpers';

describe('removeTagLists', () => {
  it('removes tag and keyword lists', () => {
    const doc = page(`${paragraphs(3)}
      <div class="kr-article-tags"><a>大模型</a><a>价格战</a></div>
      <div><strong>Tags:</strong> <a>stock car</a>, <a>interlagos</a></div>`);
    removeTagLists(doc);
    expect(doc.body.textContent).not.toMatch(/大模型|interlagos/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('removes a box of rel="tag" links whatever it is called, not a story line with a tag link', () => {
    const story = '<p>The <a rel="tag" href="/tag/budget">budget</a> passed after a long debate, and the <a rel="tag" href="/tag/council">council</a> said the changes take effect next year.</p>';
    const doc = page(`${paragraphs(3)}${story}<p><strong>Tags<br><a rel="tag" href="/tag/a">stock car</a>, <a rel="tag" href="/tag/b">interlagos</a>, <a rel="category tag" href="/tag/c">calendário</a></strong></p>`);
    removeTagLists(doc);
    expect(doc.body.textContent).not.toMatch(/interlagos|calendário/);
    expect(doc.body.textContent).toContain('The budget passed after a long debate');
  });
});
