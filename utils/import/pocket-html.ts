import { exportLinks, sectionOf } from './html-links';
import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile, type ParseHtml } from './types';
import { parseDateCell, parseTagCell } from './values';

/**
 * Parse Pocket's `ril_export.html`: `<h1>Unread</h1><ul><li><a href time_added tags>` then
 * `<h1>Read Archive</h1>`; tags are comma-separated, times are Unix seconds.
 */
export function parsePocketHtml(html: string, file: string, parseHtml: ParseHtml): ParsedFile {
  const { links } = exportLinks(html, parseHtml);
  if (links.length === 0) throw new ImportFileError(`${file} holds no links.`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  for (const { anchor, index } of links) {
    const section = sectionOf(anchor.closest('ul') ?? anchor);
    pushItem(items, errors, file, {
      url: anchor.getAttribute('href') ?? '',
      title: (anchor.textContent ?? '').trim(),
      tags: parseTagCell(anchor.getAttribute('tags'), ','),
      status: /archive|read/.test(section) && !/unread/.test(section) ? 'archived' : 'unread',
      addedAt: parseDateCell(anchor.getAttribute('time_added')),
      line: index,
    });
  }
  return { file, source: 'pocket-html', items, errors };
}
