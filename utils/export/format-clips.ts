import type { Clip } from '../db/clip';
import { serializeBackup } from './backup';
import { clipsToBibtex } from './bibtex';
import { clipsToCombinedMarkdown } from './combined';
import { clipsToCslJson } from './csl';
import { clipsToCsv } from './csv';
import { clipToMarkdownFile } from './markdown';
import { clipsToRis } from './ris';
import type { ExportTemplate, RenderOptions } from './template';

/** The text formats the CLI's `--format` accepts. */
export const TEXT_FORMATS = ['md', 'json', 'csl', 'bibtex', 'ris', 'csv'] as const;

/** One of `TEXT_FORMATS`. */
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** Options for `formatClips`. */
export interface FormatClipsOptions extends RenderOptions {
  template?: ExportTemplate;
  /** Written into JSON backups. */
  appVersion?: string;
}

/** Narrow a command-line string to a format. */
export function isTextFormat(value: string): value is TextFormat {
  return TEXT_FORMATS.some((format) => format === value);
}

/**
 * Clips as one text in a format (CLI `--format`). `md` is the clip's Markdown file (front matter +
 * body) for one clip and a combined document for several; `json` is a full, restorable backup.
 */
export function formatClips(clips: readonly Clip[], format: TextFormat, options: FormatClipsOptions = {}): string {
  switch (format) {
    case 'md': {
      const [only] = clips;
      return clips.length === 1 && only ? clipToMarkdownFile(only, options.template, options).content : clipsToCombinedMarkdown(clips, options);
    }
    case 'json':
      return serializeBackup(clips, { appVersion: options.appVersion ?? 'unknown' });
    case 'csl':
      return clipsToCslJson(clips, options);
    case 'bibtex':
      return clipsToBibtex(clips, 'bibtex', options);
    case 'ris':
      return clipsToRis(clips, options);
    case 'csv':
      return clipsToCsv(clips);
  }
}
