import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The CLI end to end (a child process, as users run it): JSON lines with the detector's verdict.
describe('scripts/extract.ts', () => {
  it('prints one JSON object per file with the seed article metadata', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/extract.ts', '--json', '--url', 'https://www.hanbitnews.co.kr/news/view.php?idx=81234', 'test/fixtures/pages/ko--local-news-seed.html'],
      { encoding: 'utf8' },
    );
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(row).toMatchObject({
      file: 'test/fixtures/pages/ko--local-news-seed.html',
      isArticle: true,
      title: '성동구, 10년 연속! 전국 지방자치단체 일자리대상 수상',
      byline: '윤만형',
      published: '2024-08-13T15:12:01+09:00',
      siteName: '한빛뉴스',
      lang: 'ko',
      canonicalUrl: 'https://www.hanbitnews.co.kr/news/view.php?idx=81234',
    });
    expect(Object.keys(row)).toEqual(['file', 'isArticle', 'title', 'byline', 'published', 'siteName', 'lang', 'canonicalUrl', 'leadImage', 'excerpt', 'textContent', 'markdown']);
  }, 30_000);
});
