import { headerLine } from './csv';
import { parseBookmarks } from './bookmarks';
import { parseInstapaper } from './instapaper';
import { parseOmnivore } from './omnivore';
import { parsePocketCsv } from './pocket-csv';
import { parsePocketHtml } from './pocket-html';
import { parseRaindrop } from './raindrop';
import { parseReadwise } from './readwise';
import { ImportFileError, type ParsedFile, type ParseHtml } from './types';
import { parseWallabagCsv } from './wallabag-csv';
import { parseWallabagJson } from './wallabag-json';

/** A file handed to the importer: its name and bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

function has(header: string, ...names: string[]): boolean {
  const cells = header.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  return names.every((n) => cells.includes(n));
}

/** Recognize a CSV export by its header row. */
function parseCsvFile(text: string, name: string): ParsedFile {
  const header = headerLine(text);
  if (has(header, 'title', 'url', 'time_added')) return parsePocketCsv(text, name);
  if (has(header, 'url', 'title', 'folder', 'created')) return parseRaindrop(text, name);
  if (has(header, 'url', 'title', 'selection', 'folder')) return parseInstapaper(text, name);
  if (has(header, 'title', 'url', 'location')) return parseReadwise(text, name);
  if (has(header, 'title', 'url', 'content')) return parseWallabagCsv(text, name);
  throw new ImportFileError(`${name}: this CSV file is not an export Gleaner knows (its columns: ${header.slice(0, 80)}).`);
}

/**
 * Recognize an export file by its content (not its name) and parse it with its source's parser.
 * Throws ImportFileError with a message for the user when the file is of no known kind.
 */
export function parseImportFile(file: ImportFile, parseHtml: ParseHtml): ParsedFile {
  const { name, bytes } = file;
  if (bytes.length === 0) throw new ImportFileError(`${name} is empty.`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return parseOmnivore(bytes, name);
  const text = new TextDecoder('utf-8').decode(bytes);
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('[') || start.startsWith('{')) return parseWallabagJson(text, name);
  if (start.startsWith('<')) {
    if (start.includes('netscape-bookmark-file')) return parseBookmarks(text, name, parseHtml);
    if (start.includes('pocket') || /<h1>\s*unread\s*<\/h1>/i.test(text.slice(0, 4096))) return parsePocketHtml(text, name, parseHtml);
    return parseBookmarks(text, name, parseHtml);
  }
  return parseCsvFile(text, name);
}
