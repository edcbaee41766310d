import { describe, expect, it } from 'vitest';
import { parseBookmarks } from '../../../utils/import/bookmarks';
import { parsePocketHtml } from '../../../utils/import/pocket-html';
import { fixtureText, parseHtml } from './load';

describe('Pocket HTML (ril_export.html)', () => {
  it('reads both sections, comma tags and times; refuses a data: link', () => {
    const parsed = parsePocketHtml(fixtureText('ril_export.html'), 'ril_export.html', parseHtml);
    expect(parsed.items.map((i) => [i.title, i.url, i.tags, i.status, i.addedAt])).toEqual([
      ['Unread & one', 'https://example.com/unread-one', ['news', 'politics'], 'unread', 1577836800000],
      ['https://example.com/unread-two', 'https://example.com/unread-two', [], 'unread', 1577836801000],
      ['Read one', 'https://example.com/read-one', ['한국어', 'long read'], 'archived', 1500000000000],
    ]);
    expect(parsed.errors).toEqual([{ file: 'ril_export.html', line: 4, message: 'data: addresses are not imported' }]);
  });
});

describe('Netscape bookmarks', () => {
  it('turns nested folders into tags (not the browser root), keeps TAGS and ADD_DATE', () => {
    const parsed = parseBookmarks(fixtureText('bookmarks.html'), 'bookmarks.html', parseHtml);
    expect(parsed.items.map((i) => [i.title, i.tags, i.addedAt])).toEqual([
      ['MDN Web Docs', [], 1600000100000],
      ['An essay', ['Reading', 'essays', 'longform'], 1600000300000],
      ['한국 뉴스', ['Reading', '뉴스'], 1600000400000],
      ['Top level', [], 1600000500000],
    ]);
  });

  it('refuses javascript: bookmarklets and place: queries with their position', () => {
    const parsed = parseBookmarks(fixtureText('bookmarks.html'), 'bookmarks.html', parseHtml);
    expect(parsed.errors).toEqual([
      { file: 'bookmarks.html', line: 4, message: 'javascript: addresses are not imported' },
      { file: 'bookmarks.html', line: 5, message: 'place: addresses are not imported' },
    ]);
  });

  it('refuses a page without links', () => {
    expect(() => parseBookmarks('<html><body><p>hi</p></body></html>', 'x.html', parseHtml)).toThrow(/no bookmarks/);
  });
});
