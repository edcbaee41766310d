import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../../utils/extract/metadata/json-ld';
import { page } from '../helpers';

describe('readJsonLd', () => {
  it('reads articles from @graph with referenced authors and publisher', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Site' },
        { '@type': 'Person', '@id': '#p1', name: 'Jane Doe' },
        { '@type': 'Organization', '@id': '#org', name: 'The Daily' },
        { '@type': ['NewsArticle'], headline: 'Budget passes', author: { '@id': '#p1' }, publisher: { '@id': '#org' }, datePublished: '2024-05-03T10:00:00+02:00', keywords: 'budget, council' },
      ],
    };
    const doc = page('', `<script type="application/ld+json">${JSON.stringify(graph)}</script>`);
    const [article] = readJsonLd(doc);
    expect(article).toMatchObject({ type: 'NewsArticle', headline: 'Budget passes', authors: ['Jane Doe'], publisher: 'The Daily', keywords: ['budget', 'council'] });
  });

  it('tolerates raw newlines in strings and ignores non-article nodes', () => {
    const doc = page('', `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Line one
line two","author":[{"name":"A"},{"name":"B"}]}</script><script type="application/ld+json">{"@type":"BreadcrumbList"}</script>`);
    const articles = readJsonLd(doc);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.authors).toEqual(['A', 'B']);
  });
});
