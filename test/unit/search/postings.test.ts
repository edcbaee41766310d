import { describe, expect, it } from 'vitest';
import { buildPages, pageList, pageSize, pagesFor, pageTerm, PAGE_BYTES, termsIn, upperBound } from '../../../utils/search/pages';
import { decodePostings, encodePostings, lengthOfNorm, normOf, postingCount } from '../../../utils/search/postings';

describe('posting lists', () => {
  it('round-trip, including large doc keys and frequencies', () => {
    const flat = [1, 1, 2, 300, 9_000_001, 0, 4_000_000_000, 7];
    const bytes = encodePostings(flat);
    expect(postingCount(bytes)).toBe(4);
    expect(decodePostings(bytes)).toEqual(flat);
  });

  it('quantize lengths to a byte within a few percent', () => {
    for (const length of [1, 10, 100, 1000, 50_000]) {
      expect(Math.abs(lengthOfNorm(normOf(length)) - length) / length).toBeLessThan(0.1);
    }
  });
});

describe('pages', () => {
  const postings = new Map<string, number[]>();
  for (let t = 0; t < 3000; t++) postings.set(`term${String(t).padStart(4, '0')}`, [t * 2, 1, t * 2 + 1, 2]);
  // One term far bigger than a page stays whole.
  postings.set('term1500x', Array.from({ length: 40_000 }, (_, i) => [i * 2, 1]).flat());
  const run = buildPages(postings);

  it('cut a run into pages of about PAGE_BYTES, never splitting a term', () => {
    expect(run.pages.length).toBeGreaterThan(1);
    expect(run.count).toBe(3000 * 2 + 40_000);
    const terms = run.pages.flatMap((p) => Array.from({ length: pageSize(p) }, (_, i) => pageTerm(p, i)));
    expect(terms).toEqual([...postings.keys()].sort());
    expect(run.pages.some((p) => p.data.length > PAGE_BYTES && p.terms.includes('term1500x'))).toBe(true);
    expect(run.firstTerms).toEqual(run.pages.map((p) => pageTerm(p, 0)));
  });

  it('find the one page that can hold a term, and the pages of a prefix', () => {
    const read = (term: string) =>
      pagesFor(run.firstTerms, { kind: 'exact', term }).flatMap((n) => {
        const page = run.pages[n];
        return page ? termsIn(page, { kind: 'exact', term }).map((i) => decodePostings(pageList(page, i))) : [];
      });
    expect(pagesFor(run.firstTerms, { kind: 'exact', term: 'term2999' })).toHaveLength(1);
    expect(read('term2999')).toEqual([[5998, 1, 5999, 2]]);
    expect(read('term1500x')[0]).toHaveLength(80_000);
    expect(read('nope')).toEqual([]);
    const prefix = { kind: 'prefix', prefix: 'term15' } as const;
    const found = pagesFor(run.firstTerms, prefix).flatMap((n) => {
      const page = run.pages[n];
      return page ? termsIn(page, prefix).map((i) => pageTerm(page, i)) : [];
    });
    expect(found).toHaveLength(101);
    expect(upperBound(['a', 'b', 'b', 'c'], 'b')).toBe(3);
  });
});
