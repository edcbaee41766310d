import { hasHeaders, parseCsv } from './csv';
import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile } from './types';
import { parseDateCell, parseTagCell } from './values';

/**
 * Parse a Readwise Reader CSV export: `Title,URL,ID,Document tags,Saved date,Reading progress,
 * Location,Seen`. Location "archive" is archived (new, later, shortlist, feed are unread); tags
 * come as a Python list (`['a', 'b']`).
 */
export function parseReadwise(text: string, file: string): ParsedFile {
  const { headers, rows } = parseCsv(text, ',');
  if (!hasHeaders(headers, ['title', 'url', 'location'])) throw new ImportFileError(`${file} is not a Readwise Reader CSV export.`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  for (const { cells, line } of rows) {
    const location = (cells.location ?? '').trim().toLowerCase();
    pushItem(items, errors, file, {
      url: cells.url ?? '',
      title: (cells.title ?? '').trim(),
      tags: parseTagCell(cells['document tags'], ','),
      status: location === 'archive' ? 'archived' : 'unread',
      addedAt: parseDateCell(cells['saved date']),
      line,
    });
  }
  return { file, source: 'readwise', items, errors };
}
