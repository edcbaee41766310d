import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../../utils/extract/metadata/extract-metadata';
import { page } from '../helpers';

// A visible time without an offset is the page's local time, never UTC.

const NOW = Date.UTC(2025, 0, 1);
const STORY = '<p>The council approved the budget after a long debate on Thursday evening.</p>';

describe('visible times without an offset', () => {
  it('are Korean, Japanese or Chinese time from the page language on a .com domain', () => {
    const ko = page(`<h1>예산안</h1><span class="date">입력 2024.09.05 14:30</span>${STORY}`, '', 'ko');
    expect(extractMetadata(ko, 'https://www.example.com/a', NOW).published).toBe('2024-09-05T14:30:00+09:00');
    const ja = page(`<h1>予算案</h1><time class="date">2024年9月5日 14時30分</time>${STORY}`, '', 'ja');
    expect(extractMetadata(ja, 'https://www.example.com/a', NOW).published).toBe('2024-09-05T14:30:00+09:00');
    const zh = page(`<h1>預算案</h1><div class="updatetime"><span>2024/09/05 14:30</span></div>${STORY}`, '', 'zh-Hant-TW');
    expect(extractMetadata(zh, 'https://www.example.com/a', NOW).published).toBe('2024-09-05T14:30:00+08:00');
  });

  it('take the zone of the offsets on the page’s other dates when language and domain say nothing', () => {
    const doc = page(
      `<h1>Budget passes</h1><span class="date">Published Sept. 5, 2024 14:30</span>${STORY}`,
      '<meta property="article:modified_time" content="2024-09-05T16:10:00+09:00">',
      'en',
    );
    const meta = extractMetadata(doc, 'https://www.example.com/a', NOW);
    expect(meta.published).toBe('2024-09-05T14:30:00+09:00');
    expect(meta.modified).toBe('2024-09-05T16:10:00+09:00');
  });

  it('stay as written (UTC reading) only when nothing on the page hints at a zone', () => {
    const doc = page(`<h1>Budget passes</h1><span class="date">Published Sept. 5, 2024 14:30</span>${STORY}`, '', 'en');
    expect(extractMetadata(doc, 'https://www.example.com/a', NOW).published).toBe('2024-09-05T14:30:00+00:00');
  });
});
