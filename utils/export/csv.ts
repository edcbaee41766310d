import type { Clip } from '../db/clip';

/** Options for CSV. */
export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so Excel reads Korean correctly (default true). */
  bom?: boolean;
  /**
   * Neutralize cells starting with = + - @ (tab/CR too) with a leading apostrophe so spreadsheets
   * don't run them as formulas (CSV injection). Default true.
   */
  guardFormulas?: boolean;
}

/** The CSV columns, in order: key fields of a clip, lists joined with "; ". */
export const CSV_COLUMNS = [
  'id', 'title', 'url', 'canonical', 'authors', 'published', 'modified', 'clipped', 'updated', 'site',
  'lang', 'tags', 'keywords', 'excerpt', 'note', 'words', 'chars', 'mode',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

const iso = (ms: number): string => new Date(ms).toISOString();

function columnValue(clip: Clip, column: CsvColumn): string {
  switch (column) {
    case 'id': return String(clip.id);
    case 'title': return clip.title;
    case 'url': return clip.url;
    case 'canonical': return clip.canonicalUrl;
    case 'authors': return clip.authors.join('; ');
    case 'published': return clip.published ?? '';
    case 'modified': return clip.modified ?? '';
    case 'clipped': return iso(clip.clippedAt);
    case 'updated': return iso(clip.updatedAt);
    case 'site': return clip.siteName ?? '';
    case 'lang': return clip.lang ?? '';
    case 'tags': return clip.tags.join('; ');
    case 'keywords': return clip.keywords.join('; ');
    case 'excerpt': return clip.excerpt ?? '';
    case 'note': return clip.note;
    case 'words': return String(clip.wordCount);
    case 'chars': return String(clip.charCount);
    case 'mode': return clip.mode;
  }
}

/** One RFC 4180 field: quoted when it holds a comma, quote, line break or edge whitespace. */
export function csvField(value: string, guardFormulas = true): string {
  const guarded = guardFormulas && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** CSV with a header row and one row per clip, CRLF line ends (RFC 4180). */
export function clipsToCsv(clips: readonly Clip[], options: CsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const rows = [CSV_COLUMNS.join(',')];
  for (const clip of clips) rows.push(CSV_COLUMNS.map((column) => csvField(columnValue(clip, column), guard)).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${rows.join('\r\n')}\r\n`;
}
