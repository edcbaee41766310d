import { hasHeaders, parseCsv } from './csv';
import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile } from './types';
import { parseDateCell, parseTagCell } from './values';

/**
 * Parse a wallabag CSV export (`Title;URL;Content;Tags;MIME Type;Language;Creation date`,
 * semicolons, HTML content, comma-separated tags). Entries with content become full clips.
 */
export function parseWallabagCsv(text: string, file: string): ParsedFile {
  const { headers, rows } = parseCsv(text);
  if (!hasHeaders(headers, ['title', 'url', 'content'])) throw new ImportFileError(`${file} is not a wallabag CSV export.`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  for (const { cells, line } of rows) {
    const content = cells.content ?? '';
    pushItem(items, errors, file, {
      url: cells.url ?? '',
      title: (cells.title ?? '').trim(),
      tags: parseTagCell(cells.tags, ','),
      addedAt: parseDateCell(cells['creation date']),
      lang: (cells.language ?? '').trim() || null,
      ...(content.trim() ? { html: content } : {}),
      line,
    });
  }
  return { file, source: 'wallabag-csv', items, errors };
}
