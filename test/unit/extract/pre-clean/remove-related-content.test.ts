import { describe, expect, it } from 'vitest';
import { removeRelatedContent } from '../../../../utils/extract/pre-clean/remove-related-content';
import { page, paragraphs } from '../helpers';

describe('removeRelatedContent', () => {
  it('removes related boxes by name and by label in several languages', () => {
    const doc = page(`${paragraphs(3)}
      <div class="related-articles"><a href="/1">Other story</a></div>
      <section><h2>관련기사</h2><ul><li><a href="/2">다른 기사 하나</a></li><li><a href="/3">다른 기사 둘</a></li></ul></section>
      <section><h3>関連記事</h3><a href="/4">別の記事</a></section>
      <div class="taboola-feed">Promoted stories</div>`);
    removeRelatedContent(doc);
    expect(doc.body.textContent).not.toMatch(/Other story|다른 기사|別の記事|Promoted/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('removes one-line "read also" inserts and labelled link lists', () => {
    const doc = page(`${paragraphs(2)}
      <p>READ MORE: <a href="/x">China plague outbreak confirmed</a></p>
      <p>Lesen Sie auch: <a href="/y">Streik im Nahverkehr</a></p>
      <h3>More Great WIRED Stories</h3><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul>
      ${paragraphs(1, 'End')}`);
    removeRelatedContent(doc);
    expect(doc.body.textContent).not.toMatch(/READ MORE|Lesen Sie auch|More Great|One|Two/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('keeps a single link after a label (a pointer the story makes)', () => {
    const doc = page(`${paragraphs(2)}<p>Leggi anche</p><p><a href="/z">I Cavalieri dello Zodiaco diventeranno un film</a></p>`);
    removeRelatedContent(doc);
    expect(doc.body.textContent).toContain('I Cavalieri dello Zodiaco');
  });
});

describe('removeRelatedContent headlines and labels', () => {
  it('removes capitalised headline links and orphaned related labels', () => {
    const doc = page(`${paragraphs(2)}<p><a href="/x"><strong>TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS</strong></a></p>
      <p><a href="/y">Plane passengers quarantined after outbreak</a> [NEWS]</p><h3>RECENT ARTICLES</h3>`);
    removeRelatedContent(doc);
    expect(doc.body.textContent).not.toMatch(/TAYLOR|quarantined|RECENT/);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });
});
