import { describe, expect, it } from 'vitest';
import { removeArticleMeta } from '../../../../utils/extract/pre-clean/remove-article-meta';
import { page, paragraphs } from '../helpers';

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
