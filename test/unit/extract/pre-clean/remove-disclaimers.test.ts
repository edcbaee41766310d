import { describe, expect, it } from 'vitest';
import { removeDisclaimers } from '../../../../utils/extract/pre-clean/remove-disclaimers';
import { page, paragraphs } from '../helpers';

describe('removeDisclaimers', () => {
  it('removes editorial disclaimers by name and by their opening words', () => {
    const doc = page(`${paragraphs(3)}
      <p class="disclaimer">※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.</p>
      <div><p>特别声明：本文经授权发布，不代表本站立场。</p></div>
      <p>The views expressed in this column are the author's own.</p>`);
    removeDisclaimers(doc);
    expect(doc.body.textContent).not.toMatch(/외부 필자|特别声明|views expressed/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});
