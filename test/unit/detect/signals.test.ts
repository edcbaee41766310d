import { describe, expect, it } from 'vitest';
import { textWeight } from '../../../utils/detect/text-weight';
import { jsonLdSignal } from '../../../utils/detect/signals/json-ld';
import { microdataSignal } from '../../../utils/detect/signals/microdata';
import { urlShapeSignal } from '../../../utils/detect/signals/url-shape';
import { dateNearBlock, hasDate } from '../../../utils/detect/signals/visible-date';
import { formSignal } from '../../../utils/detect/signals/forms';
import { commerceSignal } from '../../../utils/detect/signals/commerce';
import { hasPublishedTime } from '../../../utils/detect/signals/published-time';
import { linkDensity } from '../../../utils/detect/signals/link-density';
import { parse, words } from './parse';

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('textWeight', () => {
  it('collapses whitespace and weighs CJK characters as 2.5 Latin ones', () => {
    expect(textWeight('  a   b \n c ')).toBe(5);
    expect(textWeight('기사')).toBe(5);
    expect(textWeight('記事です')).toBe(10);
    expect(textWeight('')).toBe(0);
  });
});

describe('jsonLdSignal', () => {
  it('counts a top-level NewsArticle with its datePublished, also inside @graph and as a page mainEntity', () => {
    expect(jsonLdSignal(parse(ld({ '@type': 'NewsArticle', datePublished: '2024-05-01' })))).toMatchObject({ article: 1, datePublished: true });
    expect(jsonLdSignal(parse(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['BlogPosting'] }] }))).article).toBe(1);
    expect(jsonLdSignal(parse(ld({ '@type': 'WebPage', mainEntity: { '@type': 'https://schema.org/Article' } }))).article).toBe(1);
  });

  it('does not count articles nested in a list, and names the list a collection', () => {
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle' } }] };
    const signal = jsonLdSignal(parse(ld(list)));
    expect(signal.article).toBe(0);
    expect([...signal.kinds]).toEqual(['collection']);
  });

  it('classifies products (whose reviews are not articles), forums and media pages', () => {
    const product = { '@type': 'Product', review: [{ '@type': 'Review' }], offers: { '@type': 'Offer' } };
    expect([...jsonLdSignal(parse(ld(product))).kinds]).toEqual(['product']);
    expect([...jsonLdSignal(parse(ld({ '@type': 'DiscussionForumPosting' }))).kinds]).toEqual(['forum']);
    expect([...jsonLdSignal(parse(ld({ '@type': 'VideoObject' }))).kinds]).toEqual(['media']);
  });

  it('ignores broken JSON-LD', () => {
    const doc = parse('<script type="application/ld+json">{ "@type": "NewsArticle", </script>');
    expect(jsonLdSignal(doc)).toMatchObject({ article: 0, datePublished: false });
  });
});

describe('microdataSignal', () => {
  it('counts outermost article items and Q&A replies, not nested articles', () => {
    const doc = parse(`
      <div itemscope itemtype="https://schema.org/QAPage">
        <div itemscope itemtype="https://schema.org/Answer"></div><div itemscope itemtype="https://schema.org/Answer"></div>
        <div itemscope itemtype="https://schema.org/Article"></div>
      </div>
      <article itemscope itemtype="http://schema.org/NewsArticle"></article>`);
    const signal = microdataSignal(doc);
    expect(signal).toMatchObject({ article: 1, replies: 2 });
    expect([...signal.kinds]).toEqual(['forum']);
  });
});

describe('urlShapeSignal', () => {
  it('recognizes homepages, slugs, dates, id queries and listing words', () => {
    expect(urlShapeSignal('https://example.com/').root).toBe(true);
    expect(urlShapeSignal('https://example.com/en/').root).toBe(true);
    expect(urlShapeSignal('https://example.com/2024/05/why-the-fed-cut-rates-again')).toMatchObject({ root: false, slugWords: 6, dated: true });
    expect(urlShapeSignal('https://news.example.kr/news/articleView.html?idxno=123456')).toMatchObject({ dated: true, kind: 'story' });
    expect(urlShapeSignal('https://example.com/tag/politics').listing).toBe(true);
    expect(urlShapeSignal('https://example.com/search?q=rates').listing).toBe(true);
  });

  it('takes the deepest word that names a kind of page', () => {
    expect(urlShapeSignal('https://example.com/about/blog/entry-title').kind).toBe('story');
    expect(urlShapeSignal('https://example.com/docs/getting-started').kind).toBe('other');
    expect(urlShapeSignal('https://forum.example.com/t/some-topic/123').kind).toBe('other');
  });

  it('counts words of percent-encoded slugs and stays neutral without a URL', () => {
    expect(urlShapeSignal('https://example.com/%EA%B8%B0%EC%82%AC-%EC%A0%9C%EB%AA%A9-%EC%9E%85%EB%8B%88%EB%8B%A4').slugWords).toBe(3);
    expect(urlShapeSignal(undefined)).toEqual({ root: false, slugWords: 0, dated: false, listing: false, kind: '' });
    expect(urlShapeSignal('not a url').root).toBe(false);
  });
});

describe('visible dates', () => {
  it('reads numeric, CJK, English, German and French dates', () => {
    for (const text of ['2024-05-17', '입력 2024.05.17 10:00', '2024年5月17日', 'May 17, 2024', '17. Mai 2024', '17 mai 2024', '3 Dec. 2023']) {
      expect(hasDate(text), text).toBe(true);
    }
    expect(hasDate('Call 555-1234 today')).toBe(false);
  });

  it('finds the dateline just before the main prose block', () => {
    const doc = parse(`<div><h1>Title</h1><p class="meta">Published 2025-02-10 10:30</p><div id="body"><p>${words(50)}</p></div></div>`);
    expect(dateNearBlock(doc.getElementById('body'))).toBe(true);
    const undated = parse(`<div><h1>Title</h1><div id="body"><p>${words(50)}</p></div></div>`);
    expect(dateNearBlock(undated.getElementById('body'))).toBe(false);
    expect(dateNearBlock(null)).toBe(false);
  });
});

describe('formSignal', () => {
  it('sees a login form on the page but not a hidden sign-in modal or a guest comment form', () => {
    expect(formSignal(parse('<main><form><input name="id"><input type="password"></form></main>')).login).toBe(true);
    expect(formSignal(parse('<div class="login-modal"><form><input type="password"></form></div>')).login).toBe(false);
    expect(formSignal(parse('<form><textarea></textarea><input type="password"></form>')).login).toBe(false);
  });

  it('counts inputs outside the header and navigation', () => {
    const doc = parse('<header><input type="search"></header><main><input><select></select><textarea></textarea><input type="hidden"></main>');
    expect(formSignal(doc).inputs).toBe(3);
  });
});

describe('commerce, headlines, metadata and links', () => {
  it('finds price metadata and cart buttons in several languages', () => {
    expect(commerceSignal(parse('<meta property="product:price:amount" content="9">'))).toEqual({ priceMeta: true, cart: false });
    expect(commerceSignal(parse('<button>장바구니 담기</button>')).cart).toBe(true);
    expect(commerceSignal(parse('<button>In den Warenkorb</button>')).cart).toBe(true);
    expect(commerceSignal(parse('<button>Share</button>')).cart).toBe(false);
  });

  it('reads publication metadata in its common spellings', () => {
    expect(hasPublishedTime(parse('<meta property="article:published_time" content="2024-01-01">'))).toBe(true);
    expect(hasPublishedTime(parse('<meta name="parsely-pub-date" content="2024-01-01">'))).toBe(true);
    expect(hasPublishedTime(parse('<meta name="DC.date.issued" content="2024-01-01">'))).toBe(true);
    expect(hasPublishedTime(parse('<meta name="description" content="x">'))).toBe(false);
  });

  it('turns text and link-text sizes into a 0..1 link density', () => {
    expect(linkDensity(8, 4)).toBe(0.5);
    expect(linkDensity(0, 0)).toBe(0);
    expect(linkDensity(3, 5)).toBe(1);
  });
});
