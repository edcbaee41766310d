import { describe, expect, it } from 'vitest';
import { plainTextFor } from '../../../../utils/extract/metadata/plain-text';
import { extractMetadata } from '../../../../utils/extract/metadata/extract-metadata';
import { htmlDoc, page } from '../helpers';

describe('plainTextFor', () => {
  const plain = plainTextFor(htmlDoc('<!doctype html><title>t</title>'));

  it('strips tags (also a tag cut off at the end), decodes entities, collapses whitespace', () => {
    expect(plain('Jane Doe<svg onload=alert(1)>')).toBe('Jane Doe');
    expect(plain('Jane Doe<svg onload=alert(1)')).toBe('Jane Doe');
    expect(plain('&quot;Rates&quot; rise&#039;s  \n again &amp; again')).toBe('"Rates" rise\'s again & again');
    expect(plain('&lt;b&gt;李大華&lt;/b&gt;')).toBe('李大華');
    expect(plain('<!-- x --> A&nbsp;B')).toBe('A B');
  });

  it('leaves plain text and a lone "<" alone', () => {
    expect(plain('5 < 10 and 3 > 2')).toBe('5 < 10 and 3 > 2');
    expect(plain('홍길동')).toBe('홍길동');
  });
});

describe('extractMetadata: metadata is plain text', () => {
  it('cleans JSON-LD and meta fields and prefers a visible byline over junk', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: '&quot;Ferry&quot; fares rise',
      author: { '@type': 'Person', name: '<img src=x onerror=alert(1)>' },
      keywords: ['<b>transport</b>', 'city &amp; council'],
      publisher: { name: 'The &amp; Ledger' },
    });
    const doc = page(
      '<h1>"Ferry" fares rise</h1><p class="byline">By Dana Whitfield</p><p>Text.</p>',
      `<meta property="og:description" content="It&#039;s &lt;i&gt;up&lt;/i&gt;"><script type="application/ld+json">${ld}</script>`,
    );
    const meta = extractMetadata(doc, 'https://example.com/a');
    expect(meta.title).toBe('"Ferry" fares rise');
    expect(meta.authors).toEqual(['Dana Whitfield']);
    expect(meta.keywords).toEqual(['transport', 'city & council']);
    expect(meta.siteName).toBe('The & Ledger');
    expect(meta.excerpt).toBe("It's up");
  });
});
