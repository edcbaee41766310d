import { describe, expect, it } from 'vitest';
import { allMeta, firstMeta, readMetaTags } from '../../../../utils/extract/metadata/meta-tags';
import { page } from '../helpers';

describe('readMetaTags', () => {
  it('keys meta tags by name, property and itemprop, in priority order', () => {
    const doc = page('', '<meta property="og:title" content="OG"><meta name="twitter:title" content="TW"><meta name="author" content="A"><meta name="author" content="B"><meta itemprop="datePublished" content="2024-05-03">');
    const tags = readMetaTags(doc);
    expect(firstMeta(tags, 'dc.title', 'og:title', 'twitter:title')).toBe('OG');
    expect(allMeta(tags, 'author')).toEqual(['A', 'B']);
    expect(firstMeta(tags, 'datepublished')).toBe('2024-05-03');
  });
});
