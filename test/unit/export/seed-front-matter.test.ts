import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClip } from '../../../utils/extract/pipeline';
import { clipToMarkdownFile } from '../../../utils/export/markdown';
import { loadPage } from '../extract/helpers';
import { makeClip } from './fixtures';

// The seed page end to end: extracted, then exported with the default template. Its visible "등록"
// time has no offset; the clip and the exported Markdown both carry the Seoul instant.

const URL = 'https://www.hanbitnews.co.kr/news/view.php?idx=81234';

describe('seed page Markdown export', () => {
  it('holds the full published instant with its offset, and the subtitle', () => {
    const { doc, window } = loadPage(readFileSync('test/fixtures/pages/ko--local-news-seed.html', 'utf8'), URL);
    const draft = extractClip(doc, { url: URL, window });
    const { content } = clipToMarkdownFile(makeClip({ ...draft, tags: [], note: '' }));
    expect(content).toContain('\npublished: 2024-08-13T15:12:01+09:00\n');
    expect(content).toContain('2024년 ‘우수상’ 수상으로 서울시 최초 10년 연속 일자리대상 수상');
  });
});
