import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/db/clip';
import { relativePath, rewriteImageLinks, type ExportImage } from '../../../utils/export/attachments';
import { collectBytes, markdownZipChunks } from '../../../utils/export/bundle';
import { DEFAULT_EXPORT_TEMPLATE } from '../../../utils/export/template';
import { makeClip } from './fixtures';

const options = { timeZone: 'UTC', exportedAt: new Date(Date.UTC(2024, 5, 1)) };

/** Resolve a relative link from a file in the archive, the way a Markdown app does. */
function resolveLink(from: string, link: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of decodeURIComponent(link).split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

const image = (url: string, hash: string, fill: number): ExportImage => ({ url, hash, type: 'image/png', bytes: new Uint8Array(32).fill(fill) });

describe('Markdown ZIP with attachments', () => {
  const shared = image('https://cdn.example/shared (1).png', 'a'.repeat(64), 1);
  const own = image('https://cdn.example/own.png?w=2&h=3', 'b'.repeat(64), 2);
  const clips: Clip[] = [
    makeClip({ id: 1, title: 'First story', markdown: `Text.\n\n![Shared](https://cdn.example/shared%20%281%29.png "A title")\n\n![Own](${own.url})\n\n![Remote](https://cdn.example/not-stored.png)\n` }),
    makeClip({ id: 2, canonicalUrl: 'https://x/2', title: 'Second story', siteName: 'Daily Example', markdown: 'More.\n\n![Shared again](https://cdn.example/shared%20%281%29.png)\n' }),
  ];
  const imagesOf = async (clip: Clip) => (clip.id === 1 ? [shared, own] : [shared]);

  for (const [name, template] of [
    ['flat files', DEFAULT_EXPORT_TEMPLATE],
    ['files in site folders', { ...DEFAULT_EXPORT_TEMPLATE, filename: '{site}/{title}' }],
  ] as const) {
    it(`every image link resolves to a file in the zip (${name})`, async () => {
      const files = unzipSync(await collectBytes(markdownZipChunks(clips, { ...options, template, folder: 'Gleaner', attachments: { imagesOf } })));
      const attachments = Object.keys(files).filter((f) => f.startsWith('Gleaner/attachments/'));
      // One file per distinct image, however many clips use it.
      expect(attachments.sort()).toEqual([`Gleaner/attachments/${'a'.repeat(16)}.png`, `Gleaner/attachments/${'b'.repeat(16)}.png`]);
      const notes = Object.keys(files).filter((f) => f.endsWith('.md') && !f.endsWith('index.md'));
      expect(notes).toHaveLength(2);
      let links = 0;
      for (const note of notes) {
        const text = strFromU8(files[note] ?? new Uint8Array());
        for (const [, destination] of text.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)) {
          if (!destination || /^https?:/.test(destination)) continue;
          links++;
          const target = resolveLink(note, destination);
          expect(files[target], `${note} → ${destination}`).toBeDefined();
        }
        // The image without a stored copy keeps its web address.
        if (text.includes('First story')) expect(text).toContain('![Remote](https://cdn.example/not-stored.png)');
        expect(text).not.toContain('https://cdn.example/shared');
      }
      expect(links).toBe(3);
      expect(files[`Gleaner/attachments/${'b'.repeat(16)}.png`]).toEqual(own.bytes);
    });
  }

  it('without attachments, the archive is as before', async () => {
    const files = unzipSync(await collectBytes(markdownZipChunks(clips, options)));
    expect(Object.keys(files).some((f) => f.includes('attachments'))).toBe(false);
  });
});

describe('relative links', () => {
  it('climbs out of the note\'s folders to the attachments folder', () => {
    expect(relativePath('Gleaner/note.md', 'Gleaner/attachments/x.png')).toBe('attachments/x.png');
    expect(relativePath('Gleaner/site/note.md', 'Gleaner/attachments/x.png')).toBe('../attachments/x.png');
    expect(relativePath('a/b/c/note.md', 'a/attachments/x.png')).toBe('../../attachments/x.png');
  });

  it('rewrites image destinations only, keeping titles, and escapes spaces', () => {
    const links = new Map([['https://cdn.example/a.png', '../my attachments/a.png']]);
    expect(rewriteImageLinks('![a](https://cdn.example/a.png "t") [link](https://cdn.example/a.png)', links)).toBe(
      '![a](../my%20attachments/a.png "t") [link](https://cdn.example/a.png)',
    );
  });
});
