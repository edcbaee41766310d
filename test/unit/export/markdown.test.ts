import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clipFrontMatter, clipToMarkdownFile } from '../../../utils/export/markdown';
import { makeClip } from './fixtures';
import { generateClips } from './generate-clips';
import { expectGolden } from './golden';
import { GOLDEN_CLIPS } from './golden-clips';

const UTC = { timeZone: 'UTC' };

function split(content: string): { front: unknown; body: string } {
  const m = /^---\n([\s\S]*?)---\n\n?([\s\S]*)$/.exec(content);
  if (!m) throw new Error(`no front matter in:\n${content}`);
  return { front: parse(m[1] ?? ''), body: m[2] ?? '' };
}

describe('clipToMarkdownFile', () => {
  it('writes front matter that parses back to the clip values', () => {
    const clip = makeClip();
    const file = clipToMarkdownFile(clip, undefined, UTC);
    const { front, body } = split(file.content);
    expect(front).toEqual({
      title: clip.title,
      url: clip.url,
      canonical: clip.canonicalUrl,
      author: ['김민지', '이준'],
      published: '2024-03-05T08:30:00+09:00',
      clipped: '2024-03-06T01:02:03',
      site: '예시일보',
      lang: 'ko',
      tags: ['기후-변화', 'Seoul'],
      excerpt: clip.excerpt,
      note: "",
      status: "unread",
      favorite: false,
    });
    expect(body).toBe(clip.markdown);
  });

  it('keeps the full published instant with its offset, and a date-only value as a date', () => {
    const timed = split(clipToMarkdownFile(makeClip({ published: '2024-09-05T14:30:00+09:00' }), undefined, UTC).content);
    expect(timed.front).toMatchObject({ published: '2024-09-05T14:30:00+09:00' });
    expect(clipToMarkdownFile(makeClip({ published: '2024-09-05T14:30:00+09:00' })).content).toContain('published: 2024-09-05T14:30:00+09:00\n');
    const dated = split(clipToMarkdownFile(makeClip({ published: '2024-09-05' }), undefined, UTC).content);
    expect(dated.front).toMatchObject({ published: '2024-09-05' });
  });

  it('names the file "{published:YYYY-MM-DD} {title}" in the publisher\'s own date, Korean kept', () => {
    expect(clipToMarkdownFile(makeClip()).filename).toBe('2024-03-05 기후 변화 서울의 여름이 길어진다.md');
  });

  it('drops the date when there is none and survives hostile titles', () => {
    const file = clipToMarkdownFile(makeClip({ published: null, title: '../../etc/passwd: "a|b"?' }));
    expect(file.filename).toBe('etc passwd a b.md');
  });

  it('keeps YAML-looking strings as strings and never emits aliases', () => {
    const clip = makeClip({ title: 'true', siteName: '2024', excerpt: 'a: b\n- c', note: '# heading\n\nline' });
    const template = {
      filename: '{title}',
      frontMatter: [
        { key: 'title', value: '{title}' },
        { key: 'site', value: '{site}' },
        { key: 'excerpt', value: '{excerpt}' },
        { key: 'note', value: '{note}' },
        { key: 'a', value: '{authors}' },
        { key: 'b', value: '{authors}' },
      ],
    };
    const { content } = clipToMarkdownFile(clip, template);
    expect(content).not.toMatch(/[&*]a\d/);
    expect(split(content).front).toEqual({
      title: 'true',
      site: '2024',
      excerpt: 'a: b\n- c',
      note: '# heading\n\nline',
      a: clip.authors,
      b: clip.authors,
    });
  });
});

describe('Markdown golden files and generated clips', () => {
  it.each(GOLDEN_CLIPS.map((clip) => [clip.id, clip] as const))('clip %i matches its golden file', (id, clip) => {
    const file = clipToMarkdownFile(clip, undefined, UTC);
    expectGolden(`markdown/${id}.md`, `<!-- filename: ${file.filename} -->\n${file.content}`);
    expect(split(file.content).front).toEqual(clipFrontMatter(clip, undefined, UTC));
  });

  it('front matter parses back to the template values for hostile generated clips', () => {
    for (const clip of generateClips(300, 11, { hugeRate: 0 })) {
      const file = clipToMarkdownFile(clip, undefined, UTC);
      expect(split(file.content).front).toEqual(clipFrontMatter(clip, undefined, UTC));
      expect(split(file.content).body).toBe(clip.markdown === '' || clip.markdown.endsWith('\n') ? clip.markdown : `${clip.markdown}\n`);
      expect(file.filename).toMatch(/\.md$/);
      expect(file.filename).not.toMatch(/[<>:"\\|?*\u0000-\u001f]/);
    }
    // 300 YAML round trips: seconds on a busy 2-core machine; not a speed check.
  }, 30_000);
});
