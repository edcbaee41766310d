import { hasHeaders, parseCsv } from './csv';
import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile } from './types';
import { parseDateCell, parseTagCell } from './values';

/** Pocket's CSV columns (its 2025 export, one or more `part_*.csv` files of ≤10k rows). */
export const POCKET_CSV_HEADERS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

/** Parse a Pocket CSV export: `title,url,time_added,tags,status`, tags split on "|", status unread/archive. */
export function parsePocketCsv(text: string, file: string): ParsedFile {
  const { headers, rows } = parseCsv(text, ',');
  if (!hasHeaders(headers, ['url', 'title'])) throw new ImportFileError(`${file} is not a Pocket CSV export (no url and title columns).`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  for (const { cells, line } of rows) {
    const status = (cells.status ?? '').trim().toLowerCase();
    pushItem(items, errors, file, {
      url: cells.url ?? '',
      title: (cells.title ?? '').trim(),
      tags: parseTagCell(cells.tags, '|'),
      status: status === 'archive' || status === 'archived' || status === 'read' ? 'archived' : 'unread',
      favorite: (cells.favorite ?? '') !== '' && /^(1|true)$/i.test(cells.favorite ?? ''),
      addedAt: parseDateCell(cells.time_added),
      line,
    });
  }
  return { file, source: 'pocket-csv', items, errors };
}
