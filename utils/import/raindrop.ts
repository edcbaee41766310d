import { hasHeaders, parseCsv } from './csv';
import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile } from './types';
import { parseBoolCell, parseDateCell, parseTagCell, uniqueTags } from './values';

/**
 * Parse a Raindrop.io CSV export: `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite`.
 * The folder becomes a tag (nested "a/b" as written), `favorite` is true/false, the note and
 * highlights are kept as the clip's note.
 */
export function parseRaindrop(text: string, file: string): ParsedFile {
  const { headers, rows } = parseCsv(text, ',');
  if (!hasHeaders(headers, ['url', 'title', 'folder', 'created'])) throw new ImportFileError(`${file} is not a Raindrop CSV export.`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  for (const { cells, line } of rows) {
    const folder = (cells.folder ?? '').trim();
    const note = (cells.note ?? '').trim();
    const highlights = (cells.highlights ?? '').trim();
    pushItem(items, errors, file, {
      url: cells.url ?? '',
      title: (cells.title ?? '').trim(),
      tags: uniqueTags([...(folder && folder.toLowerCase() !== 'unsorted' ? [folder] : []), ...parseTagCell(cells.tags, ',')]),
      favorite: parseBoolCell(cells.favorite),
      addedAt: parseDateCell(cells.created),
      excerpt: (cells.excerpt ?? '').trim() || null,
      note: [note, highlights ? highlights.split('\n').map((l) => `> ${l}`).join('\n') : ''].filter(Boolean).join('\n\n'),
      line,
    });
  }
  return { file, source: 'raindrop', items, errors };
}
