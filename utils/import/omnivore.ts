import { unzipSync, strFromU8 } from 'fflate';
import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile } from './types';
import { parseDateCell, uniqueTags } from './values';
import { isoOrNull } from './wallabag-json';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Largest archive read (uncompressed), so a zip bomb cannot exhaust the page's memory. */
export const MAX_OMNIVORE_BYTES = 1024 * 1024 * 1024;

/**
 * Parse an Omnivore export ZIP: `metadata_*.json` batches (id, slug, title, author, url, state,
 * labels, savedAt, publishedAt, description), `content/<slug>.html` (the saved article) and
 * `highlights/<slug>.md` (kept as the note). Entries with content become full clips.
 */
export function parseOmnivore(bytes: Uint8Array, file: string): ParsedFile {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_OMNIVORE_BYTES) throw new ImportFileError(`${file} unpacks to more than 1 GB.`);
        return /(^|\/)(metadata_[^/]*\.json|content\/[^/]+\.html|highlights\/[^/]+\.md)$/.test(f.name);
      },
    });
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${file} is not a readable ZIP archive (${error instanceof Error ? error.message : String(error)}).`);
  }
  const byBase = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) byBase.set(name.replace(/^.*?(?=(content|highlights)\/[^/]+$)/, ''), data);
  const metadata = Object.keys(entries)
    .filter((name) => /(^|\/)metadata_[^/]*\.json$/.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (metadata.length === 0) throw new ImportFileError(`${file} is not an Omnivore export (no metadata_*.json inside).`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  for (const name of metadata) {
    const where = `${file}/${name}`;
    let list: unknown;
    try {
      list = JSON.parse(strFromU8(entries[name] ?? new Uint8Array()));
    } catch (error) {
      errors.push({ file: where, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    if (!Array.isArray(list)) {
      errors.push({ file: where, message: 'not a list of articles' });
      continue;
    }
    list.forEach((entry: unknown, i) => {
      const line = i + 1;
      if (!isRecord(entry)) {
        errors.push({ file: where, line, message: 'not an article' });
        return;
      }
      const slug = str(entry.slug) || str(entry.id);
      const content = byBase.get(`content/${slug}.html`);
      const highlights = byBase.get(`highlights/${slug}.md`);
      const labels = Array.isArray(entry.labels) ? entry.labels.map((l) => (isRecord(l) ? str(l.name) : str(l))) : [];
      const html = content ? strFromU8(content) : '';
      pushItem(items, errors, where, {
        url: str(entry.url),
        title: str(entry.title).trim(),
        tags: uniqueTags(labels),
        status: /archived/i.test(str(entry.state)) ? 'archived' : 'unread',
        addedAt: parseDateCell(str(entry.savedAt)),
        ...(html.trim() ? { html } : {}),
        byline: str(entry.author).trim() || null,
        excerpt: str(entry.description).trim() || null,
        published: isoOrNull(str(entry.publishedAt)),
        note: highlights ? strFromU8(highlights).trim() : '',
        line,
      });
    });
  }
  return { file, source: 'omnivore', items, errors };
}
