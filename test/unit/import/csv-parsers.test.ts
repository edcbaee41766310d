import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../utils/import/csv';
import { parseInstapaper } from '../../../utils/import/instapaper';
import { parsePocketCsv } from '../../../utils/import/pocket-csv';
import { parseRaindrop } from '../../../utils/import/raindrop';
import { parseReadwise } from '../../../utils/import/readwise';
import { ImportFileError } from '../../../utils/import/types';
import { parseWallabagCsv } from '../../../utils/import/wallabag-csv';
import { fixtureText } from './load';

describe('parseCsv', () => {
  it('strips the BOM, keeps quoted commas and quotes, and numbers lines across multi-line cells', () => {
    const table = parseCsv('\uFEFFa,b\r\n"x, ""y""",1\r\n"two\r\nlines",2\r\n\r\nlast,3\r\n');
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.cells.a, r.cells.b, r.line])).toEqual([
      ['x, "y"', '1', 2],
      ['two\r\nlines', '2', 3],
      ['last', '3', 6],
    ]);
  });

  it('refuses an empty file', () => {
    expect(() => parseCsv('\uFEFF')).toThrow(ImportFileError);
  });
});

describe('Pocket CSV', () => {
  it('reads title, url, unix time, pipe tags (Unicode) and status, refusing javascript: with its line', () => {
    const parsed = parsePocketCsv(fixtureText('pocket-part_000000.csv'), 'part_000000.csv');
    expect(parsed.source).toBe('pocket-csv');
    expect(parsed.items.map((i) => [i.title, i.url, i.tags, i.status, i.addedAt, i.line])).toEqual([
      ['Why the "slow" web, matters', 'https://example.com/slow-web?utm_source=pocket_saves', ['reading', 'web'], 'unread', 1577836800000, 2],
      ['A title that\r\nspans two lines', 'https://blog.example.org/multi', [], 'archived', 1600000000000, 3],
      ['서울의 여름', 'https://news.example.kr/article/123', ['기후 변화', '서울', 'Seoul'], 'unread', 1700000000000, 5],
      ['Emoji tags 🎉', 'https://example.net/party', ['🎉 party', 'café'], 'archived', 1710000000000, 8],
    ]);
    expect(parsed.errors).toEqual([{ file: 'part_000000.csv', line: 6, message: 'javascript: addresses are not imported' }]);
  });

  it('reports a row without an address and keeps a row without a date', () => {
    const parsed = parsePocketCsv(fixtureText('pocket-part_000001.csv'), 'part_000001.csv');
    expect(parsed.items.map((i) => [i.url, i.addedAt])).toEqual([
      ['https://example.com/slow-web', 1577836900000],
      ['https://second.example.com/x', null],
    ]);
    expect(parsed.errors).toEqual([{ file: 'part_000001.csv', line: 4, message: 'no address' }]);
  });

  it('refuses a CSV that is not Pocket', () => {
    expect(() => parsePocketCsv('name,email\nx,y\n', 'x.csv')).toThrow(/not a Pocket CSV/);
  });
});

describe('Instapaper CSV', () => {
  it('maps folders to status, favourite or tag, JSON tag lists, and the selection to the note', () => {
    const parsed = parseInstapaper(fixtureText('instapaper-export.csv'), 'instapaper.csv');
    expect(parsed.items.map((i) => [i.title, i.status, i.favorite, i.tags, i.addedAt])).toEqual([
      ['Instapaper, first', 'unread', false, [], 1650000000000],
      ['Archived piece', 'archived', false, ['work', 'ideas'], 1650000100000],
      ['Starred piece', 'unread', true, [], 1650000200000],
      ['In a folder', 'unread', false, ['Recipes'], 1650000300000],
    ]);
    expect(parsed.items[0]?.note).toBe('> A highlighted\n> sentence.');
  });
});

describe('Raindrop CSV', () => {
  it('reads folder as a tag, comma tags, ISO dates, true/false/0 favourites, note and highlights', () => {
    const parsed = parseRaindrop(fixtureText('raindrop-export.csv'), 'raindrop.csv');
    expect(parsed.items.map((i) => [i.title, i.tags, i.favorite, i.addedAt])).toEqual([
      ['Raindrop one', ['design', 'ux'], true, Date.UTC(2023, 3, 1, 10)],
      ['Raindrop two', ['Work/Projects'], false, Date.UTC(2023, 3, 2, 11, 30)],
      ['Bad date', ['tag'], false, null],
    ]);
    expect(parsed.items[0]?.note).toBe('My note\n\n> Highlight: first\n> Highlight: second');
    expect(parsed.items[0]?.excerpt).toBe('An excerpt');
  });
});

describe('Readwise Reader CSV', () => {
  it('reads Python-list tags, "YYYY-MM-DD hh:mm:ss+00:00" dates and location archive', () => {
    const parsed = parseReadwise(fixtureText('readwise-export.csv'), 'reader.csv');
    expect(parsed.items.map((i) => [i.title, i.tags, i.status, i.addedAt])).toEqual([
      ['Reader one', ['ai', 'research notes'], 'unread', Date.UTC(2023, 4, 1, 12, 34, 56)],
      ['Reader two', [], 'archived', Date.UTC(2023, 4, 2, 8)],
      ['Reader three', [], 'unread', Date.UTC(2023, 4, 3)],
    ]);
  });
});

describe('wallabag CSV', () => {
  it('reads semicolon-separated cells with quoted HTML content spanning lines', () => {
    const parsed = parseWallabagCsv(fixtureText('wallabag-export.csv'), 'wallabag.csv');
    expect(parsed.items).toHaveLength(2);
    const [first, second] = parsed.items;
    expect(first?.html).toBe('<p>Body with "quotes"; and semicolons.</p>\n<p>Line two</p>');
    expect(first?.tags).toEqual(['news', '한국']);
    expect(first?.addedAt).not.toBeNull();
    expect(second?.html).toBeUndefined();
    expect(second?.line).toBe(4);
  });
});
