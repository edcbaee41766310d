import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile } from './types';
import { parseBoolCell, parseDateCell, uniqueTags } from './values';

interface WallabagAnnotation {
  text?: unknown;
  quote?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** Highlights as quotes (with the reader's comment under each), the note until highlights exist. */
export function annotationsNote(annotations: unknown): string {
  if (!Array.isArray(annotations)) return '';
  return annotations
    .filter((a): a is WallabagAnnotation => isRecord(a))
    .map((a) => {
      const quote = str(a.quote).trim();
      const comment = str(a.text).trim();
      return [quote ? quote.split('\n').map((l) => `> ${l}`).join('\n') : '', comment].filter(Boolean).join('\n');
    })
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Parse a wallabag JSON export: an array of entries with `url`, `title`, HTML `content`,
 * `is_archived`/`is_starred` (0/1 or booleans), `tags`, `created_at`, `published_by`,
 * `annotations` (quotes with ranges; kept as the note) — each becomes a full clip.
 */
export function parseWallabagJson(text: string, file: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportFileError(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!Array.isArray(data)) throw new ImportFileError(`${file} is not a wallabag export (expected a list of entries).`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  data.forEach((entry: unknown, i) => {
    const line = i + 1;
    if (!isRecord(entry)) {
      errors.push({ file, line, message: 'not an entry' });
      return;
    }
    const tags = Array.isArray(entry.tags) ? entry.tags.map((t) => (isRecord(t) ? str(t.label) : str(t))) : [];
    const authors = Array.isArray(entry.published_by) ? entry.published_by.map(str).filter(Boolean) : [];
    const content = str(entry.content);
    pushItem(items, errors, file, {
      url: str(entry.url) || str(entry.given_url),
      title: str(entry.title).trim(),
      tags: uniqueTags(tags),
      status: parseBoolCell(entry.is_archived as string | number | boolean) ? 'archived' : 'unread',
      favorite: parseBoolCell(entry.is_starred as string | number | boolean),
      addedAt: parseDateCell(str(entry.created_at)),
      ...(content.trim() ? { html: content } : {}),
      byline: authors.length > 0 ? authors.join(', ') : null,
      siteName: str(entry.domain_name) || null,
      published: isoOrNull(str(entry.published_at)),
      lang: str(entry.language) || null,
      note: annotationsNote(entry.annotations),
      line,
    });
  });
  return { file, source: 'wallabag-json', items, errors };
}

/** An ISO timestamp for a date cell, or null. */
export function isoOrNull(value: string): string | null {
  const ms = parseDateCell(value);
  return ms === null ? null : new Date(ms).toISOString();
}
