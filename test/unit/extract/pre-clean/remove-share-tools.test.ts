import { describe, expect, it } from 'vitest';
import { isToolRow, removeShareTools } from '../../../../utils/extract/pre-clean/remove-share-tools';
import { page, paragraphs } from '../helpers';

describe('removeShareTools', () => {
  it('removes share bars and tool rows in several languages', () => {
    const doc = page(`${paragraphs(3)}
      <div class="article-share"><a>Facebook</a><a>Twitter</a></div>
      <ul><li><a>공유하기</a></li><li><a>인쇄</a></li><li><a>스크랩</a></li></ul>
      <p>Share Tweet Submit</p>
      <div class="font_util"><a>글자 크게</a></div>`);
    removeShareTools(doc);
    expect(doc.body.textContent).not.toMatch(/Facebook|공유하기|Tweet|글자 크게/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('keeps embedded posts even when they are named after a platform', () => {
    const doc = page(`<blockquote class="twitter-tweet"><p>Senate resolves to observe a minute of silence.</p></blockquote>`);
    removeShareTools(doc);
    expect(doc.querySelector('blockquote')?.textContent).toContain('minute of silence');
  });

  it('recognises tool rows by their words only', () => {
    expect(isToolRow('Whatsapp Facebook Pint Baixar')).toBe(true);
    expect(isToolRow('シェア ツイート')).toBe(true);
    expect(isToolRow('x')).toBe(false);
    expect(isToolRow('Share your thoughts with the council')).toBe(false);
  });
});
