import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'test/fixtures/pages/ko--local-news-seed.html';

function cli(...args: string[]): string {
  return execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('the extract CLI', () => {
  it('--json prints the seed article’s title, byline and published time', () => {
    const [line, ...rest] = cli('--json', '--url', 'https://www.hanbitnews.co.kr/news/view.php?idx=1', SEED).trim().split('\n');
    expect(rest).toEqual([]);
    const row = JSON.parse(line ?? '{}');
    expect(row).toMatchObject({
      file: SEED,
      isArticle: true,
      title: '성동구, 10년 연속! 전국 지방자치단체 일자리대상 수상',
      byline: '윤만형',
      published: '2024-08-13T15:12:01+09:00',
    });
    expect(row.textContent).toContain('서울 성동구(구청장 정원오)가');
    expect(row.textContent).not.toContain('가장 많이 본 뉴스');
  });

  it('prints the Markdown file as the extension exports it', () => {
    const out = cli(SEED);
    const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(out) ?? [];
    expect(parseYaml(String(frontMatter))).toMatchObject({ title: '성동구, 10년 연속! 전국 지방자치단체 일자리대상 수상' });
    expect(body).toContain('10년 연속 일자리대상을 수상하는 쾌거를 이뤘다');
  });

  it('--format csv writes one row per file with the same export function as the library', () => {
    const out = cli('--format', 'csv', SEED, 'test/fixtures/pages/en--national-daily.html');
    const lines = out.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('성동구, 10년 연속!');
    expect(lines[2]).toContain('Councils warn');
  });

  it('rejects an unknown format with usage', () => {
    expect(() => cli('--format', 'docx', SEED)).toThrow(/unknown format docx/);
  });
});
