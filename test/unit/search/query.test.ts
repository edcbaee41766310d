import { describe, expect, it } from 'vitest';
import { hasConstraints, parseDateValue, parseQuery } from '../../../utils/search/query';

const runs = (q: string) => parseQuery(q).terms.map((t) => ({ runs: t.runs.map((r) => `${r.kind}:${r.text}`), prefix: t.prefix, phrase: t.phrase }));

describe('parseQuery', () => {
  it('folds words and ANDs them; the last word being typed is a prefix', () => {
    expect(runs('Climate Invest')).toEqual([
      { runs: ['word:climate'], prefix: false, phrase: false },
      { runs: ['word:invest'], prefix: true, phrase: false },
    ]);
    expect(runs('climate invest ')[1]?.prefix).toBe(false);
  });

  it('needs three letters for an implicit prefix, two with an explicit star', () => {
    expect(runs('ai')[0]?.prefix).toBe(false);
    expect(runs('ai*')[0]).toEqual({ runs: ['word:ai'], prefix: true, phrase: false });
  });

  it('keeps CJK strings and compounds as one term', () => {
    expect(runs('성동구 삼성SDI')).toEqual([
      { runs: ['cjk:성동구'], prefix: false, phrase: false },
      { runs: ['cjk:삼성', 'word:sdi'], prefix: true, phrase: false },
    ]);
  });

  it('parses phrases, also unterminated ones at the end', () => {
    expect(runs('"Climate  change" x')[0]).toEqual({ runs: ['word:climate', 'word:change'], prefix: false, phrase: true });
    expect(runs('"new yor')[0]).toEqual({ runs: ['word:new', 'word:yor'], prefix: true, phrase: true });
  });

  it('parses exclusions', () => {
    const q = parseQuery('반도체 -수출 -"trade war" -');
    expect(q.terms.map((t) => t.raw)).toEqual(['반도체']); // a lone '-' has no words
    expect(q.excludes.map((t) => t.raw)).toEqual(['-수출', '-trade war']);
  });

  it('parses filters, negated filters and quoted values', () => {
    const q = parseQuery('TAG:Économie tag:"machine learning" -tag:old site:https://www.NYTimes.com/section -site:bbc.co.uk lang:ko-KR -lang:en is:untagged');
    expect(q.tags).toEqual(['économie', 'machine learning']);
    expect(q.excludedTags).toEqual(['old']);
    expect(q.sites).toEqual(['nytimes.com']);
    expect(q.excludedSites).toEqual(['bbc.co.uk']);
    expect(q.langs).toEqual(['ko']);
    expect(q.excludedLangs).toEqual(['en']);
    expect(q.untagged).toBe(true);
    expect(q.terms).toEqual([]);
    expect(parseQuery('-is:untagged').untagged).toBe(false);
    expect(parseQuery('is:tagged').untagged).toBe(false);
  });

  it('parses dates, keeping the narrowest bounds and reporting bad ones', () => {
    const q = parseQuery('after:2024-09 after:2024/10/05 before:2025 before:2024-12-31 after:2024-02-30 is:starred');
    expect(q.after).toBe('2024-10-05');
    expect(q.before).toBe('2024-12-31');
    expect(q.ignored).toEqual(['after:2024-02-30', 'is:starred']);
    expect(parseDateValue('2024-2-3')).toBe('2024-02-03');
    expect(parseDateValue('yesterday')).toBeUndefined();
  });

  it('treats unknown key:value as text', () => {
    expect(runs('foo:bar')[0]?.runs).toEqual(['word:foo', 'word:bar']);
  });

  it('knows an empty query from a constrained one', () => {
    expect(hasConstraints(parseQuery('   '))).toBe(false);
    expect(hasConstraints(parseQuery('lang:ko'))).toBe(true);
    expect(hasConstraints(parseQuery('-x'))).toBe(true);
  });
});
