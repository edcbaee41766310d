import { describe, expect, it } from 'vitest';
import { removeMediaEmbeds } from '../../../../utils/extract/pre-clean/remove-media-embeds';
import { page, paragraphs } from '../helpers';

describe('removeMediaEmbeds', () => {
  it('removes small video player boxes with their labels', () => {
    const doc = page(`${paragraphs(2)}
      <div class="c-video-embed"><p>Vidéo</p><p>Canicule : à Toulouse</p><button>Lire la vidéo (01:42)</button></div>
      <div class="article-video"><p>【動画】ホームドアが開閉する様子</p></div>`);
    removeMediaEmbeds(doc);
    expect(doc.body.textContent).not.toMatch(/Vidéo|動画/);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps a story container named after video when it holds the story', () => {
    const doc = page(`<div class="video-article">${paragraphs(4)}</div>`);
    removeMediaEmbeds(doc);
    expect(doc.querySelectorAll('p')).toHaveLength(4);
  });
});
