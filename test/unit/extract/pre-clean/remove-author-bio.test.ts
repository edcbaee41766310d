import { describe, expect, it } from 'vitest';
import { removeAuthorBio } from '../../../../utils/extract/pre-clean/remove-author-bio';
import { page, paragraphs } from '../helpers';

describe('removeAuthorBio', () => {
  it('removes author-bio boxes by name and by label', () => {
    const doc = page(`${paragraphs(3)}
      <div class="ArticleBio_root"><p>Eleanor Vance is a staff writer at The Meridian Review.</p></div>
      <div class="author-box"><img src="a.jpg"><p>Jane covers science.</p></div>
      <div><h4>기자의 다른 기사</h4><a href="/x">다른 기사</a></div>`);
    removeAuthorBio(doc);
    expect(doc.body.textContent).not.toMatch(/staff writer|covers science|다른 기사/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});
