import { describe, expect, it } from 'vitest';
import { clipFrontMatter, clipToMarkdownFile } from '../../../utils/export/markdown';
import { DEFAULT_EXPORT_TEMPLATE, renderTemplate, TEMPLATE_FIELDS, validateTemplate } from '../../../utils/export/template';
import { makeClip } from './fixtures';

describe('export templates', () => {
  it('accepts the default template', () => {
    expect(validateTemplate(DEFAULT_EXPORT_TEMPLATE)).toEqual([]);
  });

  it('reports unknown placeholders, empty names, duplicates and an empty filename', () => {
    expect(
      validateTemplate({
        filename: ' {titel}',
        frontMatter: [
          { key: 'a', value: '{nope:YYYY}' },
          { key: 'a', value: '{title}' },
          { key: ' ', value: 'x' },
        ],
      }),
    ).toEqual([
      'Unknown placeholder {titel} in the filename.',
      'Unknown placeholder {nope} in "a".',
      'The property "a" appears twice.',
      'A front-matter property has no name.',
    ]);
  });

  it('keeps types for lone placeholders and interpolates text otherwise', () => {
    const clip = makeClip({ wordCount: 1234 });
    expect(renderTemplate('{authors}', clip)).toEqual(['김민지', '이준']);
    expect(renderTemplate('{words}', clip)).toBe(1234);
    expect(renderTemplate('{modified}', clip)).toBeNull();
    expect(renderTemplate('{site} ({lang}) by {authors}', clip)).toBe('예시일보 (ko) by 김민지, 이준');
    expect(renderTemplate('{domain}', clip)).toBe('news.example.kr');
    expect(renderTemplate('{unknown} stays', clip)).toBe('{unknown} stays');
  });

  it('formats dates in the publisher’s wall clock and the clip’s in a given zone', () => {
    const clip = makeClip({ published: '2024-03-05T08:30:00+09:00', clippedAt: Date.UTC(2024, 2, 5, 23, 30) });
    expect(renderTemplate('{published:YYYY/MM/DD HH:mm}', clip)).toBe('2024/03/05 08:30');
    expect(renderTemplate('{clipped:YYYY-MM-DD HH:mm}', clip, { timeZone: 'Asia/Seoul' })).toBe('2024-03-06 08:30');
    expect(renderTemplate('{clipped:YYYY-MM-DD HH:mm}', clip, { timeZone: 'America/New_York' })).toBe('2024-03-05 18:30');
    expect(renderTemplate('{clipped}', clip)).toBe('2024-03-05T23:30:00.000Z');
  });

  it('makes Obsidian-valid tags on request', () => {
    const clip = makeClip({ tags: ['기후 변화', '#already', 'a,b', 'keep/nested_ok-1', '  ', 'dup', 'DUP'] });
    expect(renderTemplate('{tags:obsidian}', clip)).toEqual(['기후-변화', 'already', 'a-b', 'keep/nested_ok-1', 'dup', 'DUP']);
    expect(renderTemplate('{tags}', clip)).toEqual(clip.tags);
  });

  it('drives both the front matter and the filename of a custom template', () => {
    const template = {
      filename: '{site}/{clipped:YYYY} — {title}',
      frontMatter: [
        { key: 'source', value: '{url}' },
        { key: 'words', value: '{words}' },
        { key: 'summary', value: '{excerpt} ({chars} chars)' },
      ],
    };
    const clip = makeClip();
    expect(clipFrontMatter(clip, template)).toEqual({ source: clip.url, words: 3, summary: `${clip.excerpt} (11 chars)` });
    expect(clipToMarkdownFile(clip, template, { timeZone: 'UTC' }).filename).toBe('예시일보/2024 — 기후 변화 서울의 여름이 길어진다.md');
  });

  it('lists every field the resolver knows', () => {
    for (const name of TEMPLATE_FIELDS) expect(renderTemplate(`x{${name}}`, makeClip())).not.toContain(`{${name}}`);
  });
});
