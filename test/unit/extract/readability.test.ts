import { describe, expect, it } from 'vitest';
import { readabilityOptions, runReadability } from '../../../utils/extract/readability';
import { page, paragraphs } from './helpers';

describe('readability stage', () => {
  it('lowers the character threshold for CJK pages', () => {
    expect(readabilityOptions(page('<p>서울 성동구가 일자리대상을 수상했다. 구는 민선 6기부터 노력했다.</p>')).charThreshold).toBe(200);
    expect(readabilityOptions(page(paragraphs(2))).charThreshold).toBe(500);
  });

  it('returns the article element, not serialized HTML', () => {
    const result = runReadability(page(`<nav><a href="/">Home</a></nav><article>${paragraphs(6)}</article>`));
    expect(result?.content.querySelectorAll('p').length).toBe(6);
    expect(result?.content.textContent).not.toContain('Home');
  });

  it('returns null when there is no article', () => {
    expect(runReadability(page(''))).toBeNull();
  });
});
