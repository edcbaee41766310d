import { describe, expect, it } from 'vitest';
import { clipDate, clipLang, clipSites, dateFacets, dateRangeFacets, normalizeSite } from '../../../utils/search/facets';

function covered(day: string, after?: string, before?: string): boolean {
  const facets = new Set(dateFacets(day));
  const ranges = dateRangeFacets(after, before);
  return [...facets].some((f) => ranges.some((r) => f >= r.from && f <= r.to && f.slice(0, 3) === r.from.slice(0, 3)));
}

function* days(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) yield new Date(t).toISOString().slice(0, 10);
}

describe('facets', () => {
  it('covers exactly the days of a date range with a few facet ranges', () => {
    const cases: [string | undefined, string | undefined][] = [
      ['2023-11-15', '2025-02-10'],
      ['2024-01-01', '2025-01-01'],
      ['2024-02-10', '2024-02-20'],
      [undefined, '2020-03-05'],
      ['2024-12-31', undefined],
    ];
    for (const [after, before] of cases) {
      expect(dateRangeFacets(after, before).length).toBeLessThanOrEqual(5);
      for (const day of days('2019-12-01', '2025-03-31')) {
        const inside = (after === undefined || day >= after) && (before === undefined || day < before);
        expect(covered(day, after, before), `${day} in [${after}, ${before})`).toBe(inside);
      }
    }
  });

  it('dates a clip by its publication day in the article’s own zone, else the clip day', () => {
    expect(clipDate({ published: '2024-09-01T00:30:00+09:00', clippedAt: 0 })).toBe('2024-09-01');
    expect(clipDate({ published: null, clippedAt: new Date(2023, 4, 6, 12).getTime() })).toBe('2023-05-06');
  });

  it('derives site values from the canonical URL and the site name', () => {
    expect(clipSites({ canonicalUrl: 'https://www.news.naver.com/x', siteName: '네이버 뉴스' }).sort()).toEqual(
      ['naver.com', 'naver', 'news', 'news.naver.com', '네이버뉴스'].sort(),
    );
    expect(clipSites({ canonicalUrl: 'https://hani.co.kr/a', siteName: null })).toEqual(['hani.co.kr', 'co.kr', 'hani']);
    expect(normalizeSite('https://www.Hani.co.kr/arti/1')).toBe('hani.co.kr');
  });

  it('takes the primary language subtag, or infers CJK languages from the script', () => {
    expect(clipLang({ lang: 'ko-KR', title: '', text: '' })).toBe('ko');
    expect(clipLang({ lang: null, title: '서울 성동구', text: '일자리대상을 받았다' })).toBe('ko');
    expect(clipLang({ lang: null, title: '東京', text: 'データを発表した' })).toBe('ja');
    expect(clipLang({ lang: null, title: '北京', text: '经济政策发布' })).toBe('zh');
    expect(clipLang({ lang: null, title: 'Hello', text: 'world' })).toBe('und');
  });
});
