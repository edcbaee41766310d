import { describe, expect, it } from 'vitest';
import { removeHidden } from '../../../../utils/extract/pre-clean/remove-hidden';
import { page } from '../helpers';

describe('removeHidden', () => {
  it('removes hidden, aria-hidden, display:none and screen-reader-only text', () => {
    const doc = page(`
      <p id="keep">Visible story text.</p>
      <div hidden>hidden attr</div>
      <span aria-hidden="true">aria hidden</span>
      <div style="color:red; display: none">inline none</div>
      <span class="blind">본문 바로가기</span>
      <a id="skipNav" href="#c">Skip to content</a>
      <span class="sr-only">Screen reader</span>`);
    expect(removeHidden(doc)).toBe(6);
    expect(doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('Visible story text.');
  });

  it('keeps responsive helpers and lazy images', () => {
    const doc = page(`<div class="hidden-xs">desktop only text</div><img class="hidden" src="a.jpg"><a style="text-decoration:none">link</a>`);
    removeHidden(doc);
    expect(doc.body.textContent).toContain('desktop only text');
    expect(doc.querySelector('img')).not.toBeNull();
    expect(doc.body.textContent).toContain('link');
  });
});
