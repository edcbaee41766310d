import { hasHeaders, parseCsv } from './csv';
import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile } from './types';
import { parseDateCell, parseTagCell, uniqueTags } from './values';

/**
 * Parse an Instapaper CSV export: `URL,Title,Selection,Folder[,Timestamp,Tags]`. Folder "Unread"
 * is unread, "Archive" archived, "Starred" a favourite; any other folder becomes a tag.
 * Selection (the highlighted passage) is kept as the note.
 */
export function parseInstapaper(text: string, file: string): ParsedFile {
  const { headers, rows } = parseCsv(text, ',');
  if (!hasHeaders(headers, ['url', 'title', 'folder'])) throw new ImportFileError(`${file} is not an Instapaper CSV export.`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  for (const { cells, line } of rows) {
    const folder = (cells.folder ?? '').trim();
    const kind = folder.toLowerCase();
    const selection = (cells.selection ?? '').trim();
    pushItem(items, errors, file, {
      url: cells.url ?? '',
      title: (cells.title ?? '').trim(),
      tags: uniqueTags([...(kind && !['unread', 'archive', 'starred'].includes(kind) ? [folder] : []), ...parseTagCell(cells.tags, ',')]),
      status: kind === 'archive' ? 'archived' : 'unread',
      favorite: kind === 'starred',
      addedAt: parseDateCell(cells.timestamp),
      note: selection ? selection.split('\n').map((l) => `> ${l}`).join('\n') : '',
      line,
    });
  }
  return { file, source: 'instapaper', items, errors };
}
