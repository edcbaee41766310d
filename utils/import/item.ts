import type { ImportIssue, ImportItem } from './types';
import { refuseUrl } from './values';

/** The parts of an item a parser found; the rest take their defaults. */
export type ItemFields = Partial<ImportItem> & { url: string; line: number };

/**
 * Add an item, or an issue when its address cannot be imported (javascript:, data:, not a URL):
 * the shared last step of every parser, so every source refuses the same addresses.
 */
export function pushItem(items: ImportItem[], errors: ImportIssue[], file: string, fields: ItemFields): void {
  const url = fields.url.trim();
  const refused = refuseUrl(url);
  if (refused) {
    errors.push({ file, line: fields.line, message: refused });
    return;
  }
  items.push({
    title: '',
    tags: [],
    status: 'unread',
    favorite: false,
    addedAt: null,
    ...fields,
    url,
  });
}
