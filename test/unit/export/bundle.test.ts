import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/db/clip';
import { collectBytes, markdownZipChunks } from '../../../utils/export/bundle';
import { clipToMarkdownFile } from '../../../utils/export/markdown';
import { makeClip } from './fixtures';
import { generateClips } from './generate-clips';

const options = { timeZone: 'UTC', exportedAt: new Date(Date.UTC(2024, 5, 1)) };

async function* slowly(clips: readonly Clip[], log: string[]): AsyncGenerator<Clip> {
  for (const clip of clips) {
    log.push(`read ${clip.id}`);
    await Promise.resolve();
    yield clip;
  }
}

describe('Markdown ZIP', () => {
  it('holds one .md per clip with Korean names, numbered collisions, and an index', async () => {
    const korean = makeClip({ id: 1 });
    const clips = [
      korean,
      makeClip({ id: 2, canonicalUrl: 'https://x/2' }),
      makeClip({ id: 3, canonicalUrl: 'https://x/3', title: 'index', published: null }),
    ];
    const files = unzipSync(await collectBytes(markdownZipChunks(clips, options)));
    expect(Object.keys(files).sort()).toEqual([
      '2024-03-05 기후 변화 서울의 여름이 길어진다 (2).md',
      '2024-03-05 기후 변화 서울의 여름이 길어진다.md',
      'index (2).md',
      'index.md',
    ]);
    const first = files['2024-03-05 기후 변화 서울의 여름이 길어진다.md'];
    expect(first && strFromU8(first)).toBe(clipToMarkdownFile(korean, undefined, options).content);
    const index = strFromU8(files['index.md'] ?? new Uint8Array());
    expect(index).toContain('Exported 2024-06-01 · 3 clips');
    expect(index).toContain('| [기후 변화: 서울의 여름이 길어진다](2024-03-05%20기후%20변화%20서울의%20여름이%20길어진다%20%282%29.md) | 예시일보 | 2024-03-05 | 기후 변화, Seoul |');
    expect(index).toContain('| [index](index%20%282%29.md) | 예시일보 |  |');
  });

  it('puts everything under a folder when asked', async () => {
    const files = unzipSync(await collectBytes(markdownZipChunks([makeClip()], { ...options, folder: 'Gleaner/2024' })));
    expect(Object.keys(files).sort()).toEqual(['Gleaner/2024/2024-03-05 기후 변화 서울의 여름이 길어진다.md', 'Gleaner/2024/index.md']);
  });

  it('streams: compressed bytes come out before the last clip is read', async () => {
    const clips = generateClips(30, 4, { hugeRate: 0 });
    const log: string[] = [];
    const progress: number[] = [];
    const chunks: Uint8Array[] = [];
    for await (const chunk of markdownZipChunks(slowly(clips, log), { ...options, onProgress: (n) => progress.push(n) })) {
      log.push('chunk');
      chunks.push(chunk);
    }
    expect(log.indexOf('chunk')).toBeLessThan(log.indexOf('read 2'));
    expect(progress).toEqual(clips.map((_, i) => i + 1));
    const files = unzipSync(await collectBytes((async function* () { yield* chunks; })()));
    expect(Object.keys(files)).toHaveLength(31);
  });

  it('round-trips every generated clip’s content through the archive (as valid UTF-8)', async () => {
    const clips = generateClips(120, 9, { hugeRate: 0.03, hugeBytes: 200_000 });
    const files = unzipSync(await collectBytes(markdownZipChunks(clips, options)));
    const contents = new Set(Object.entries(files).filter(([name]) => name !== 'index.md').map(([, data]) => strFromU8(data)));
    // A file can't hold a lone surrogate: it becomes U+FFFD, as TextEncoder does everywhere.
    const wellFormed = (text: string): string => new TextDecoder().decode(new TextEncoder().encode(text));
    for (const clip of clips) expect(contents.has(wellFormed(clipToMarkdownFile(clip, undefined, options).content))).toBe(true);
  });
});

describe('Markdown ZIP edge cases', () => {
  it('accepts timestamps outside the ZIP date range (1970, 2200)', async () => {
    const clips = [makeClip({ id: 1, updatedAt: 0 }), makeClip({ id: 2, canonicalUrl: 'https://x/2', updatedAt: Date.UTC(2200, 0, 1) })];
    const files = unzipSync(await collectBytes(markdownZipChunks(clips, options)));
    expect(Object.keys(files)).toHaveLength(3);
  });

  it('writes an index even for no clips', async () => {
    const files = unzipSync(await collectBytes(markdownZipChunks([], options)));
    expect(strFromU8(files['index.md'] ?? new Uint8Array())).toContain('0 clips');
  });
});
