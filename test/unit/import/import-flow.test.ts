import { describe, expect, it } from 'vitest';
import { saveClip } from '../../../utils/db/clips';
import { importItems, knownClips } from '../../../utils/db/import-items';
import { setClipTags } from '../../../utils/db/tags';
import { parseImportFile } from '../../../utils/import/detect';
import { previewImport } from '../../../utils/import/preview';
import { importKey, itemToClip } from '../../../utils/import/to-draft';
import type { ParsedFile } from '../../../utils/import/types';
import { runSearchMaintenance, searchClipIds } from '../../../utils/search';
import { expectDerivedConsistent } from '../db/derived';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { fixtureBytes, parseHtml } from './load';

const FIXTURES = [
  ['pocket-part_000000.csv', 'pocket-csv'],
  ['pocket-part_000001.csv', 'pocket-csv'],
  ['ril_export.html', 'pocket-html'],
  ['bookmarks.html', 'bookmarks'],
  ['instapaper-export.csv', 'instapaper'],
  ['raindrop-export.csv', 'raindrop'],
  ['readwise-export.csv', 'readwise'],
  ['wallabag-export.json', 'wallabag-json'],
  ['wallabag-export.csv', 'wallabag-csv'],
  ['omnivore-export.zip', 'omnivore'],
] as const;

const parse = (name: string): ParsedFile => parseImportFile({ name, bytes: fixtureBytes(name) }, parseHtml);

async function importParsed(files: ParsedFile[], now = 5_000) {
  const keys = files.flatMap((f) => f.items.map((i) => importKey(i.url)));
  const preview = previewImport(files, await knownClips(keys));
  const result = await importItems(preview.items.map((item) => itemToClip(item, window, now, parseHtml)), now);
  return { preview, result };
}

describe('recognizing export files', () => {
  it.each(FIXTURES)('%s is read as %s', (name, source) => {
    expect(parse(name).source).toBe(source);
  });

  it('refuses files of no known kind with a message', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(() => parseImportFile({ name: 'e.csv', bytes: new Uint8Array() }, parseHtml)).toThrow(/is empty/);
    expect(() => parseImportFile({ name: 'people.csv', bytes: bytes('name,email\na,b\n') }, parseHtml)).toThrow(/not an export Gleaner knows/);
  });
});

describe('preview', () => {
  useFreshDb();

  it('merges the same page across Pocket part files and counts duplicates and merged tags', async () => {
    const existingUrl = 'https://news.example.kr/article/123';
    const { clip } = await saveClip(makeDraft({ url: existingUrl, canonicalUrl: existingUrl }));
    await setClipTags(clip.id, ['seoul']);
    const files = [parse('pocket-part_000000.csv'), parse('pocket-part_000001.csv')];
    const keys = files.flatMap((f) => f.items.map((i) => importKey(i.url)));
    const preview = previewImport(files, await knownClips(keys));
    // 6 entries → 5 addresses (slow-web twice, tracking parameter dropped); 1 already in the library.
    expect(preview.items).toHaveLength(5);
    expect(preview.fresh).toBe(4);
    expect(preview.duplicates).toBe(2);
    // 기후 변화 and 서울 are new to the clip; Seoul is already there (case-insensitive).
    expect(preview.mergedTags).toBe(2);
    expect(preview.errors.map((e) => [e.file, e.line])).toEqual([
      ['pocket-part_000000.csv', 6],
      ['pocket-part_000001.csv', 4],
    ]);
    const slow = preview.items.find((i) => i.url.includes('slow-web'));
    expect(slow).toMatchObject({ tags: ['reading', 'web', 'Essays'], status: 'archived', addedAt: 1577836800000 });
    expect(await searchClipIds('slow')).toEqual([]); // a preview writes nothing
  });
});

describe('import', () => {
  const db = useFreshDb();

  it('imports every fixture in one go: placeholders and full clips, searchable by title, URL and body', async () => {
    const { result } = await importParsed(FIXTURES.map(([name]) => parse(name)));
    expect(result.added).toBeGreaterThan(25);
    await expectDerivedConsistent(db());
    await runSearchMaintenance();
    // Placeholders: by title and by address.
    expect((await searchClipIds('"Second part item"')).length).toBe(1);
    expect((await searchClipIds('second.example.com')).length).toBe(1);
    expect((await searchClipIds('is:saved party')).length).toBe(1);
    // Full clips from Omnivore and wallabag: by body text, with status kept.
    expect((await searchClipIds('gravitational is:archived')).length).toBe(1);
    expect((await searchClipIds('nebulae -is:saved')).length).toBe(1);
    expect((await searchClipIds('"Second paragraph" is:archived')).length).toBe(1);
    expect((await searchClipIds('is:favorite')).length).toBeGreaterThanOrEqual(3);
    expect((await searchClipIds('tag:뉴스')).length).toBe(1);
  });

  it('sanitizes imported article HTML and makes Markdown and text from it', async () => {
    await importParsed([parse('wallabag-export.json'), parse('omnivore-export.zip')]);
    const clips = await db().clips.toArray();
    const wb = clips.find((c) => c.canonicalUrl === 'https://example.com/wb1');
    expect(wb).toBeDefined();
    expect(wb?.html).not.toMatch(/<script|onclick|onerror/i);
    expect(wb?.markdown).toContain('## Heading');
    expect(wb?.markdown).toContain('[a link](https://example.com)');
    expect(wb?.text).toContain('Second paragraph.');
    expect(wb).toMatchObject({ placeholder: false, status: 'archived', byline: 'Ada Writer', note: '> First paragraph\nGood point', clippedAt: Date.UTC(2021, 2, 4, 9, 20, 30) });
    const om = clips.find((c) => c.canonicalUrl === 'https://omnivore.example.com/first');
    expect(om?.html).not.toMatch(/<iframe/i);
    const second = clips.find((c) => c.canonicalUrl === 'https://omnivore.example.com/second');
    expect(second).toMatchObject({ placeholder: true, html: '', text: 'https://omnivore.example.com/second', siteName: 'omnivore.example.com' });
  });

  it('merges into clips already there: tags and favourite added; content, status and note kept', async () => {
    const url = 'https://example.com/wb1';
    const { clip } = await saveClip(makeDraft({ url, canonicalUrl: url, title: 'Mine', text: 'my own clip text' }));
    await setClipTags(clip.id, ['mine']);
    const { result } = await importParsed([parse('wallabag-export.json')]);
    expect(result).toEqual({ added: 1, updated: 1 });
    const after = await db().clips.get(clip.id);
    expect(after).toMatchObject({ title: 'Mine', text: 'my own clip text', status: 'unread', tags: ['mine', 'science', '기후'] });
    await expectDerivedConsistent(db());
  });

  it('fills a placeholder in when a later file carries the article', async () => {
    const pocket = { file: 'p.csv', source: 'pocket-csv', errors: [], items: [{ url: 'https://example.com/wb1', title: 'From Pocket', tags: ['p'], status: 'archived', favorite: false, addedAt: 1000, line: 2 }] } satisfies ParsedFile;
    await importParsed([pocket]);
    const [placeholder] = await db().clips.toArray();
    expect(placeholder?.placeholder).toBe(true);
    await importParsed([parse('wallabag-export.json')]);
    const filled = await db().clips.get(placeholder?.id ?? 0);
    expect(filled).toMatchObject({ placeholder: false, status: 'archived', title: 'From Pocket', tags: ['p', 'science', '기후'], clippedAt: 1000 });
    expect(filled?.text).toContain('First paragraph');
    await expectDerivedConsistent(db());
  });

  it('a placeholder clipped from the page becomes a full clip, keeping status, tags and date', async () => {
    await importParsed([parse('ril_export.html')]);
    const before = (await db().clips.toArray()).find((c) => c.url === 'https://example.com/read-one');
    await saveClip(makeDraft({ url: 'https://example.com/read-one', canonicalUrl: 'https://example.com/read-one', title: 'Read one, clipped' }));
    const after = await db().clips.get(before?.id ?? 0);
    expect(after).toMatchObject({ placeholder: false, status: 'archived', tags: ['한국어', 'long read'], clippedAt: 1500000000000, title: 'Read one, clipped' });
  });

  it('is all or nothing: a failure part-way through leaves the library unchanged', async () => {
    await saveClip(makeDraft());
    const files = FIXTURES.map(([name]) => parse(name));
    const keys = files.flatMap((f) => f.items.map((i) => importKey(i.url)));
    const preview = previewImport(files, await knownClips(keys));
    const clips = preview.items.map((item) => itemToClip(item, window, 1, parseHtml));
    let written = 0;
    // The fault: the 20th search document written fails (as a quota error would).
    db().searchDocs.hook('creating', () => {
      written++;
      if (written === 20) throw new Error('QuotaExceededError (injected)');
    });
    await expect(importItems(clips, 1)).rejects.toThrow(/injected/);
    expect(written).toBeGreaterThanOrEqual(20);
    expect(await db().clips.count()).toBe(1);
    expect(await db().clipSummaries.count()).toBe(1);
    expect(await db().indexQueue.count()).toBe(0);
    await expectDerivedConsistent(db());
  });
});
