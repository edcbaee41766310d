import { describe, expect, it } from 'vitest';
import { removeHeaderExtras } from '../../../../utils/extract/pre-clean/remove-header-extras';
import { page, paragraphs } from '../helpers';

describe('removeHeaderExtras', () => {
  it('removes kicker, dek and byline around the headline but keeps the lead image', () => {
    const doc = page(`<article><header><p class="kicker">Opinion</p><h1>Republicans are following Trump to nowhere</h1>
      <p class="dek">There is a lesson hiding in the results.</p><figure><img src="a.jpg"></figure></header>
      <div class="body">${paragraphs(5)}</div></article>`);
    removeHeaderExtras(doc);
    expect(doc.body.textContent).not.toContain('Opinion');
    expect(doc.body.textContent).not.toContain('lesson hiding');
    expect(doc.querySelector('h1')).not.toBeNull();
    expect(doc.querySelector('img')).not.toBeNull();
    expect(doc.querySelectorAll('.body p')).toHaveLength(5);
  });

  it('leaves a subtitle inside the body container alone', () => {
    const doc = page(`<div class="wrap"><div class="view_top"><h1>성동구, 10년 연속 일자리대상 수상</h1><span class="writer">윤만형</span></div>
      <div class="view_cont"><div class="subtitle">- 2024년 우수상 수상으로 서울시 최초 10년 연속</div>${paragraphs(5)}</div></div>`);
    removeHeaderExtras(doc);
    expect(doc.querySelector('.subtitle')).not.toBeNull();
    expect(doc.body.textContent).not.toContain('윤만형');
  });

  it('does nothing when the headline sits directly beside the story', () => {
    const doc = page(`<article><h1>Short story headline</h1><p>Only paragraph of a short story that is still the story.</p></article>`);
    expect(removeHeaderExtras(doc)).toBe(0);
  });
});
