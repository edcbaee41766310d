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
});
