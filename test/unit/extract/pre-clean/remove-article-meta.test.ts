import { describe, expect, it } from 'vitest';
import { removeArticleMeta } from '../../../../utils/extract/pre-clean/remove-article-meta';
import { page, paragraphs } from '../helpers';
import { scanRoot } from '../../../../utils/extract/pre-clean/scan-context';

describe('removeArticleMeta', () => {
  it('removes bylines and date lines inside the story', () => {
    const doc = page(`<div class="byline">By Jane Doe</div><div class="date">입력 2024.08.13 15:12</div>
      <p class="article-info">Published: May 3, 2024</p><time datetime="2024-05-03">May 3</time>${paragraphs(3)}`);
    removeArticleMeta(doc);
    expect(doc.body.textContent).not.toMatch(/Jane Doe|입력|Published|May 3$/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('keeps dates in data tables', () => {
    const doc = page(`<table><tr><td class="date">2024-05-03</td><td>Opening</td></tr></table>`);
    removeArticleMeta(doc);
    expect(doc.querySelector('td.date')).not.toBeNull();
  });
});

describe('removeArticleMeta in the article', () => {
  it('removes unnamed date lines and labelled publication lines Readability left as paragraphs', () => {
    const doc = page(`<div id="a"><p>来源：华夏通讯网</p>${paragraphs(2)}<p>First Published: Tuesday, November 19, 2019 08:38 AM</p><p>Nov. 20, 2019 5:52 AM EST</p></div>`);
    const root = doc.getElementById('a');
    if (!root) throw new Error('no root');
    removeArticleMeta(doc, scanRoot(root));
    expect(root.textContent).not.toMatch(/来源|First Published|Nov\. 20/);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('removes a dateline that opens with a weekday at the top, and keeps a story line that does', () => {
    const doc = page(`<div id="a"><p>segunda-feira, 22 de janeiro de 2018 às 0:13</p><p>Calendário da Stock Car 2018</p>${paragraphs(2)}<p>Monday, 5 March 2018 was the day the council finally voted.</p><p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde</p></div>`);
    const root = doc.getElementById('a');
    if (!root) throw new Error('no root');
    removeArticleMeta(doc, scanRoot(root));
    expect(root.textContent).not.toMatch(/segunda-feira|Publicado por/);
    expect(root.textContent).toContain('Calendário da Stock Car 2018');
    expect(root.textContent).toContain('Monday, 5 March 2018 was the day');
  });
});
