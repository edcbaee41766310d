import { describe, expect, it } from 'vitest';
import { removeEngagementBoxes } from '../../../../utils/extract/pre-clean/remove-engagement-boxes';
import { page, paragraphs } from '../helpers';

describe('removeEngagementBoxes', () => {
  it('removes feedback, survey, donation, hiring and news-tip boxes', () => {
    const doc = page(`${paragraphs(3)}
      <div class="su-useful"><p>Cet article vous a été utile ? Suivez-nous.</p></div>
      <div class="satisfaction"><h4>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</h4></div>
      <div class="article-support"><p class="t">다온일보를 응원해 주세요</p></div>
      <div class="entry-hiring"><p>We're Hiring!</p><p>SREを募集しています。</p></div>
      <div class="jebo_box">※ '당신의 제보가 뉴스가 됩니다'</div>`);
    removeEngagementBoxes(doc);
    expect(doc.body.textContent).not.toMatch(/utile|만족하십니까|응원해|Hiring|제보/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});
