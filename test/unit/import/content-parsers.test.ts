import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseOmnivore } from '../../../utils/import/omnivore';
import { parseWallabagJson } from '../../../utils/import/wallabag-json';
import { fixtureBytes, fixtureText } from './load';

describe('Omnivore ZIP', () => {
  it('reads every metadata batch, joins content/<slug>.html and highlights/<slug>.md', () => {
    const parsed = parseOmnivore(fixtureBytes('omnivore-export.zip'), 'omnivore.zip');
    expect(parsed.source).toBe('omnivore');
    expect(parsed.items.map((i) => [i.title, i.status, i.tags, i.addedAt, Boolean(i.html)])).toEqual([
      ['First Omnivore article', 'archived', ['Newsletter', '과학'], Date.UTC(2024, 0, 2, 3, 4, 5), true],
      ['Second, no content', 'unread', [], Date.UTC(2024, 1, 1), false],
      ['Third in another batch', 'unread', ['Later'], Date.UTC(2024, 2, 1), true],
    ]);
    const [first] = parsed.items;
    expect(first?.byline).toBe('Ben Author');
    expect(first?.published).toBe('2023-12-31T00:00:00.000Z');
    expect(first?.note).toContain('My annotation');
    expect(first?.html).toContain('gravitational waves');
    expect(parsed.errors).toEqual([]);
  });

  it('reports a damaged batch with its file name and keeps the others', () => {
    const zip = zipSync({
      'metadata_0_to_1.json': strToU8('[{"slug":"a","url":"https://a.example/","title":"A"}]'),
      'metadata_1_to_2.json': strToU8('[{"slug":'),
    });
    const parsed = parseOmnivore(zip, 'o.zip');
    expect(parsed.items.map((i) => i.url)).toEqual(['https://a.example/']);
    expect(parsed.errors[0]?.file).toBe('o.zip/metadata_1_to_2.json');
  });

  it('refuses a ZIP that is not an Omnivore export, and bytes that are not a ZIP', () => {
    expect(() => parseOmnivore(zipSync({ 'notes.md': strToU8('# hi') }), 'x.zip')).toThrow(/not an Omnivore export/);
    expect(() => parseOmnivore(new Uint8Array([0x50, 0x4b, 1, 2, 3]), 'y.zip')).toThrow(/not a readable ZIP/);
  });
});

describe('wallabag JSON', () => {
  it('reads entries with HTML content, 0/1 and boolean flags, tags, authors and annotations', () => {
    const parsed = parseWallabagJson(fixtureText('wallabag-export.json'), 'wallabag.json');
    expect(parsed.items.map((i) => [i.title, i.status, i.favorite, i.tags, Boolean(i.html)])).toEqual([
      ['Wallabag article', 'archived', false, ['science', '기후'], true],
      ['No content entry', 'unread', true, [], false],
    ]);
    const [first] = parsed.items;
    expect(first?.addedAt).toBe(Date.UTC(2021, 2, 4, 9, 20, 30));
    expect(first?.byline).toBe('Ada Writer');
    expect(first?.note).toBe('> First paragraph\nGood point');
    expect(parsed.errors).toEqual([{ file: 'wallabag.json', line: 3, message: 'data: addresses are not imported' }]);
  });

  it('refuses damaged JSON and JSON that is not a list', () => {
    expect(() => parseWallabagJson('[{"title":', 'w.json')).toThrow(/not valid JSON/);
    expect(() => parseWallabagJson('{"a":1}', 'w.json')).toThrow(/not a wallabag export/);
  });
});
