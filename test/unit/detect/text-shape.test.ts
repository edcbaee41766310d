import { describe, expect, it } from 'vitest';
import { headingShare } from '../../../utils/detect/signals/heading-share';
import { isProseListItem } from '../../../utils/detect/signals/list-prose';
import { isTeaserCard } from '../../../utils/detect/signals/teaser-card';
import { collectTextBlocks } from '../../../utils/detect/signals/text-blocks';
import { parse, words } from './parse';

describe('collectTextBlocks', () => {
  it('groups text under its nearest block element, with link text, skipping scripts and buttons', () => {
    const doc = parse('<div id="d">ab <a href="/">cd</a> <b>ef</b><script>var x = 1;</script><button>gh</button></div><p id="p">기사</p>');
    const blocks = collectTextBlocks(doc);
    expect(blocks.get(doc.getElementById('d')!)).toEqual({ text: 6, link: 2 });
    expect(blocks.get(doc.getElementById('p')!)).toEqual({ text: 5, link: 0 });
    expect(blocks.size).toBe(2);
  });

  it('ignores <noscript> content whether the parser built it as elements or, as a live tab does, as raw text', () => {
    const markup = `<p id="p">${words(30)}</p><noscript><div class="fallback"><p>${words(40, 'ns')}</p><p>${words(40, 'more')}</p></div></noscript>`;
    const parsed = parse(markup);
    expect(parsed.querySelector('noscript p')).not.toBeNull(); // scripting off: markup became elements
    const live = parse(`<p id="p">${words(30)}</p>`);
    const noscript = live.createElement('noscript');
    noscript.textContent = `<div class="fallback"><p>${words(40, 'ns')}</p></div>`;
    live.body.append(noscript);
    for (const doc of [parsed, live]) {
      const blocks = collectTextBlocks(doc);
      expect([...blocks.keys()].map((e) => e.id)).toEqual(['p']);
    }
  });
});

describe('isTeaserCard', () => {
  it('sees a headline linking to another page, in either nesting', () => {
    expect(isTeaserCard(parse('<div><h2><a href="/story">Story</a></h2><p>x</p></div>').body)).toBe(true);
    expect(isTeaserCard(parse('<div><a href="https://x.example/s"><h3>Story</h3></a></div>').body)).toBe(true);
  });

  it('ignores in-page anchors on section titles and unlinked headings', () => {
    expect(isTeaserCard(parse('<div><h2><a href="#why">Why it matters</a></h2><p>x</p></div>').body)).toBe(false);
    expect(isTeaserCard(parse('<div><h2>Why</h2><p><a href="/elsewhere">a link in the text</a></p></div>').body)).toBe(false);
  });
});

describe('isProseListItem', () => {
  const item = (html: string) => parse(`<ul><li>${html}</li></ul>`).querySelector('li')!;

  it('accepts a long item with few links and no headline or picture', () => {
    expect(isProseListItem(item(words(30)), 180, 10)).toBe(true);
  });

  it('rejects short, link-heavy, headed or illustrated items', () => {
    expect(isProseListItem(item(words(10)), 60, 0)).toBe(false);
    expect(isProseListItem(item(words(30)), 180, 60)).toBe(false);
    expect(isProseListItem(item(`<h3>Title</h3>${words(30)}`), 180, 0)).toBe(false);
    expect(isProseListItem(item(`<img src="a.jpg">${words(30)}`), 180, 0)).toBe(false);
  });
});

describe('headingShare', () => {
  it('does not count paragraphs that broken markup left inside a heading as heading text', () => {
    const doc = parse(`<h3><p>${words(30, 'a')}</p><p>${words(30, 'b')}</p></h3><h2>${words(20, 'h')}</h2>`);
    const share = headingShare(collectTextBlocks(doc));
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
  });

  it('measures headline text against the page’s own text, leaving out header, nav, footer and asides', () => {
    const doc = parse(`<header><h1>Site name here</h1><nav>${words(20)}</nav></header>
      <main><h2>abcdefghij</h2><p>${'x'.repeat(30)}</p></main><aside><h3>${words(9)}</h3></aside><footer>${words(20)}</footer>`);
    expect(headingShare(collectTextBlocks(doc))).toBe(0.25);
  });

  it('is 0 for a page without headings or text', () => {
    expect(headingShare(collectTextBlocks(parse(`<p>${words(20)}</p>`)))).toBe(0);
    expect(headingShare(collectTextBlocks(parse('')))).toBe(0);
  });
});
