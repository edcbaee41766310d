import { describe, expect, it } from 'vitest';
import { focusStory } from '../../../utils/extract/focus-story';
import { page } from './helpers';

const story = Array.from({ length: 6 }, (_, i) => `<p>문단 ${i}: 성동구는 올해 일자리 정책으로 전국 지방자치단체 일자리대상을 받았다고 밝혔다.</p>`).join('');
const menu = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');

describe('focusStory', () => {
  it('keeps the region two levels above the container of nearly all paragraph text, lead media included', () => {
    const doc = page(`<div id="wrap"><ul class="menu">${menu}</ul><div id="main"><div class="col">
      <div class="lead"><h1>성동구, 10년 연속 수상</h1><figure><img src="a.jpg"><span class="caption">시상식 장면</span></figure></div>
      <div class="body">${story}</div></div><div class="rail"><ul>${menu}</ul></div></div></div>`);
    expect(focusStory(doc)).toBe(true);
    expect(doc.body.children).toHaveLength(1);
    expect(doc.body.firstElementChild?.id).toBe('main');
    expect(doc.body.textContent).toContain('시상식 장면');
    expect(doc.querySelectorAll('.body p')).toHaveLength(6);
    expect(doc.querySelector('.menu')).toBeNull();
  });

  it('leaves a page whose paragraphs are spread out, or whose story region is most of the page', () => {
    const spread = page(`<div><div class="a">${story}</div><div class="b">${story}</div></div>`);
    expect(focusStory(spread)).toBe(false);
    expect(spread.querySelectorAll('p')).toHaveLength(12);
    const whole = page(`<div><div><div class="body">${story}</div></div></div><ul><li><a href="/x">Home</a></li></ul>`);
    expect(focusStory(whole)).toBe(false);
    expect(page('<div><span>No paragraphs</span></div>').body.textContent).toContain('No paragraphs');
    expect(focusStory(page('<div><span>No paragraphs</span></div>'))).toBe(false);
  });
});
