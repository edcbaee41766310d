import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clipsToCombinedMarkdown, demoteHeadings } from '../../../utils/export/combined';
import { sortClips } from '../../../utils/export/order';
import { expectGolden } from './golden';
import { GOLDEN_CLIPS } from './golden-clips';
import { makeClip } from './fixtures';

describe('combined Markdown', () => {
  it('matches its golden file', () => {
    expectGolden('combined.md', clipsToCombinedMarkdown(GOLDEN_CLIPS, { title: 'Week 10 [draft]', order: 'published-desc', timeZone: 'UTC' }));
  });

  it('has parseable front matter and one numbered h2 per clip in the chosen order', () => {
    const doc = clipsToCombinedMarkdown(GOLDEN_CLIPS, { order: 'title' });
    const front = /^---\n([\s\S]*?)---\n/.exec(doc)?.[1] ?? '';
    expect(parse(front)).toEqual({ title: 'Reading list', clips: 3 });
    const headings = doc.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(3);
    expect(headings[0]).toMatch(/^## 1\. /);
  });

  it('demotes headings but not inside code fences', () => {
    expect(demoteHeadings('# A\n\n```\n# code\n```\n###### deep\n#nospace', 2)).toBe('### A\n\n```\n# code\n```\n###### deep\n#nospace');
  });

  it('sorts stably, undated clips last', () => {
    const a = makeClip({ id: 1, published: '2024-01-01T00:00:00Z', clippedAt: 3 });
    const b = makeClip({ id: 2, published: null, clippedAt: 1 });
    const c = makeClip({ id: 3, published: '2024-02-01T09:00:00+09:00', clippedAt: 2 });
    expect(sortClips([a, b, c], 'published-desc').map((x) => x.id)).toEqual([3, 1, 2]);
    expect(sortClips([a, b, c], 'published-asc').map((x) => x.id)).toEqual([1, 3, 2]);
    expect(sortClips([a, b, c], 'clipped-asc').map((x) => x.id)).toEqual([2, 3, 1]);
    expect(sortClips([a, b, c], 'given').map((x) => x.id)).toEqual([1, 2, 3]);
  });
});
