import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../../utils/extract/metadata/extract-metadata';
import { page, paragraphs } from '../helpers';

describe('extractMetadata', () => {
  it('takes each field from its best source', () => {
    const head = `<meta property="og:site_name" content="the Northern Courier">
      <meta property="article:published_time" content="2024-05-03T17:12:00.000Z">
      <meta property="og:image" content="/img/lead.jpg"><meta name="keywords" content="Buses, Transport">
      <link rel="canonical" href="https://www.northern-courier.co.uk/news/buses?utm_source=x">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Councils warn of cliff edge","publisher":{"name":"The Northern Courier"},"author":[{"name":"Harriet Lowe"}]}</script>`;
    const doc = page(`<h1>Councils warn of cliff edge</h1>${paragraphs(3)}`, head, 'en-GB');
    const meta = extractMetadata(doc, 'https://www.northern-courier.co.uk/news/buses', Date.UTC(2025, 0, 1));
    expect(meta).toMatchObject({
      title: 'Councils warn of cliff edge',
      authors: ['Harriet Lowe'],
      published: '2024-05-03T18:12:00+01:00',
      siteName: 'The Northern Courier',
      lang: 'en-GB',
      canonicalUrl: 'https://www.northern-courier.co.uk/news/buses',
      leadImage: 'https://www.northern-courier.co.uk/img/lead.jpg',
    });
    expect(meta.keywords).toEqual(['Buses', 'Transport']);
  });

  it('rejects dates in the future', () => {
    const doc = page(paragraphs(1), '<meta property="article:published_time" content="2031-01-01T00:00:00Z">');
    expect(extractMetadata(doc, 'https://example.com/a', Date.UTC(2025, 0, 1)).published).toBeNull();
  });
});
