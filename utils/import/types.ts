import type { ReadingStatus } from '../db/reading-status';

/** The export formats Gleaner reads. */
export type ImportSource =
  | 'pocket-csv'
  | 'pocket-html'
  | 'omnivore'
  | 'wallabag-json'
  | 'wallabag-csv'
  | 'instapaper'
  | 'raindrop'
  | 'readwise'
  | 'bookmarks';

/** One saved page as an export file describes it (untrusted: HTML is sanitized later). */
export interface ImportItem {
  url: string;
  title: string;
  tags: string[];
  status: ReadingStatus;
  favorite: boolean;
  /** When it was saved (epoch ms), when the file says. */
  addedAt: number | null;
  /** The article's HTML, for files that carry it (Omnivore, wallabag): it becomes a full clip. */
  html?: string;
  byline?: string | null;
  siteName?: string | null;
  excerpt?: string | null;
  /** ISO date of publication. */
  published?: string | null;
  lang?: string | null;
  /** Notes and highlights (as quotes), kept as the clip's note until highlights exist. */
  note?: string;
  /** Line (CSV), entry (JSON) or link (HTML) number in its file, for messages. */
  line: number;
}

/** An entry that cannot be imported, and where it is. */
export interface ImportIssue {
  file: string;
  /** 1-based line or entry number; absent for a problem with the whole file. */
  line?: number;
  message: string;
}

/** What a parser made of one file. */
export interface ParsedFile {
  file: string;
  source: ImportSource;
  items: ImportItem[];
  errors: ImportIssue[];
}

/** An HTML parser (DOMParser in pages, happy-dom in tests): parsers never touch a live document. */
export type ParseHtml = (html: string) => Document;

/** A file that cannot be read at all (wrong kind, damaged): nothing is imported from it. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}
