import { describe, expect, it } from 'vitest';
import { proseBlockSignal } from '../../../utils/detect/signals/prose-block';
import { parse, words } from './parse';

describe('proseBlockSignal', () => {
  it('finds the article body as the dominant block, even split into sub-sections', () => {
    const doc = parse(`
      <nav><a href="/">Home</a><a href="/news">News</a></nav>
      <article><h1>Headline</h1>
        <div id="body">
          <div class="part"><p>${words(60, 'a')}</p><p>${words(60, 'b')}</p></div>
          <div class="part"><p>${words(60, 'c')}</p><p>${words(60, 'd')}</p></div>
        </div>
      </article>
      <aside><p>${words(20, 'ad')}</p></aside>`);
    const signal = proseBlockSignal(doc);
    expect(signal.element?.id).toBe('body');
    expect(signal.paragraphs).toBe(4);
    expect(signal.share).toBe(1);
    expect(signal.chars).toBeGreaterThan(600);
  });

  it('spreads teaser excerpts over many small containers', () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<div class="card"><h2><a href="/s${i}">Story ${i}</a></h2><p>${words(25, `t${i}`)}</p></div>`);
    const signal = proseBlockSignal(parse(`<main><section>${cards.slice(0, 5).join('')}</section><section>${cards.slice(5).join('')}</section></main>`));
    expect(signal.share).toBeLessThan(0.6);
  });

  it('counts Korean text separated by <br> (no <p>) and weighs CJK characters', () => {
    const sentence = '정부는 올해 하반기부터 공공건물 옥상에 태양광 설비를 확대 설치한다고 밝혔다. ';
    const doc = parse(`<div id="articleBody">${sentence.repeat(8)}<br><br>${sentence.repeat(8)}<br><br>${sentence.repeat(8)}</div>`);
    const signal = proseBlockSignal(doc);
    expect(signal.total).toBeGreaterThan(sentence.length * 24 * 1.5);
    expect(signal.readerable).toBeGreaterThan(20);
  });

  it('measures the link density of the body text, ignoring scripts and styles', () => {
    const doc = parse('<body><p>aaaa <a href="/">bbbb</a></p><script>var notText = "x".repeat(99);</script><style>p{}</style></body>');
    expect(proseBlockSignal(doc).linkDensity).toBe(0.5);
  });

  it('ignores link lists, navigation, short or teaser list items and headings', () => {
    const doc = parse(`
      <nav><p>${words(40, 'nav')}</p></nav>
      <ul><li>${words(15, 'li')}</li><li><h3>Teaser</h3><p>${words(40, 'card')}</p></li><li><img src="x.jpg">${words(40, 'pic')}</li></ul>
      <p><a href="/a">${words(40, 'link')}</a></p>
      <h2>${words(40, 'head')}</h2>`);
    expect(proseBlockSignal(doc)).toMatchObject({ chars: 0, total: 0, element: null });
  });

  it('reads paragraphs that broken markup left inside a heading as prose, but not the heading’s own text', () => {
    // <h3 class="view_txt"><p>…</p></h3>: the parser keeps the paragraphs inside the heading.
    const doc = parse(`<h1>Headline</h1><h3 class="view_txt"><p>${words(60, 'a')}</p><p>${words(60, 'b')}</p></h3><h2>${words(40, 'head')}</h2>`);
    const signal = proseBlockSignal(doc);
    expect(signal.paragraphs).toBe(2);
    expect(signal.total).toBe(signal.chars);
    // Both paragraphs (about 180 characters each), and not the 40-word <h2>.
    expect(signal.chars).toBeGreaterThan(300);
    expect(signal.chars).toBeLessThan(450);
  });

  it('reads long plain list items as prose (how-tos write paragraphs as bullets)', () => {
    const doc = parse(`<div id="body"><ul><li>${words(60, 'a')}</li><li>${words(60, 'b')}</li></ul></div>`);
    const signal = proseBlockSignal(doc);
    expect(signal.paragraphs).toBe(2);
    expect(signal.total).toBeGreaterThan(300);
  });

  it('adds up a body split into section wrappers at the great-grandparent', () => {
    const section = (seed: string) => `<div class="section"><h2>${seed}</h2><div class="prose"><p>${words(50, seed)}</p><p>${words(50, `${seed}x`)}</p></div></div>`;
    const doc = parse(`<article><div id="body">${section('a')}${section('b')}${section('c')}</div></article>`);
    const signal = proseBlockSignal(doc);
    expect(signal.element?.id).toBe('body');
    expect(signal).toMatchObject({ paragraphs: 6, share: 1 });
  });

  it('keeps teaser cards apart even three levels down (a headline linking elsewhere stops the climb)', () => {
    const card = (i: number) => `<article class="card"><a href="/s${i}"><img src="p.jpg"></a><div><h2><a href="/s${i}">Story ${i}</a></h2><p>${words(30, `t${i}`)}</p></div></article>`;
    const signal = proseBlockSignal(parse(`<div class="list">${[0, 1, 2, 3, 4, 5].map(card).join('')}</div>`));
    expect(signal.paragraphs).toBe(1);
    expect(signal.share).toBeLessThan(0.2);
  });
});
