import { browser } from 'wxt/browser';
import type { Clip } from '../../utils/db/clip';
import { downloadTextFile } from '../../utils/download-file';
import { backupJsonChunks } from '../../utils/export/backup';
import { clipsToBibtex } from '../../utils/export/bibtex';
import { markdownZipChunks } from '../../utils/export/bundle';
import { clipsToCombinedMarkdown } from '../../utils/export/combined';
import { clipsToCslJson } from '../../utils/export/csl';
import { clipsToCsv } from '../../utils/export/csv';
import { clipsToHtml } from '../../utils/export/html';
import { createHtmlSanitizer } from '../../utils/export/html-sanitizer';
import { clipsToRis } from '../../utils/export/ris';
import type { ExportFormat } from './export-formats';
import { loadClips } from './library-data';
import { highlightsByClip } from '../../utils/db/highlights';
import { highlightsToMarkdown } from '../../utils/export/highlights-markdown';
import { highlightsToWebAnnotations } from '../../utils/export/web-annotations';


/** Downloads go to a folder of their own inside the user's Downloads. */
const FOLDER = 'Gleaner';
/** Clips read from the database at a time while exporting (bounds memory for big libraries). */
const BATCH = 200;

const FILE_KIND: Record<ExportFormat, { stem: string; extension: string; mime: string }> = {
  'markdown-zip': { stem: 'gleaner-markdown', extension: 'zip', mime: 'application/zip' },
  'markdown-combined': { stem: 'gleaner-clips', extension: 'md', mime: 'text/markdown' },
  'highlights-markdown': { stem: 'gleaner-highlights', extension: 'md', mime: 'text/markdown' },
  annotations: { stem: 'gleaner-annotations', extension: 'jsonld', mime: 'application/ld+json' },
  json: { stem: 'gleaner-backup', extension: 'json', mime: 'application/json' },
  csl: { stem: 'gleaner-citations', extension: 'csl.json', mime: 'application/vnd.citationstyles.csl+json' },
  bibtex: { stem: 'gleaner-citations', extension: 'bib', mime: 'application/x-bibtex' },
  ris: { stem: 'gleaner-citations', extension: 'ris', mime: 'application/x-research-info-systems' },
  csv: { stem: 'gleaner-clips', extension: 'csv', mime: 'text/csv' },
  html: { stem: 'gleaner-clips', extension: 'html', mime: 'text/html' },
};

/** `Gleaner/<stem> <YYYY-MM-DD HHmm>.<ext>`: sortable, and distinct when exporting twice a day. */
export function exportFilename(format: ExportFormat, now: Date = new Date()): string {
  const { stem, extension } = FILE_KIND[format];
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `${FOLDER}/${stem} ${stamp}.${extension}`;
}

/** Clips for `ids`, read a batch at a time. */
async function* clipsInBatches(ids: readonly number[]): AsyncGenerator<Clip> {
  for (let start = 0; start < ids.length; start += BATCH) {
    yield* await loadClips(ids.slice(start, start + BATCH));
  }
}

async function allClips(ids: readonly number[]): Promise<Clip[]> {
  const clips: Clip[] = [];
  for await (const clip of clipsInBatches(ids)) clips.push(clip);
  return clips;
}

function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

// Blob parts must be ArrayBuffer-backed views; fflate's chunks are typed with a generic buffer.
function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}

/** Build the file for `ids` in `format`, clips in the order given (pure formatting lives in utils/export). */
export async function buildExport(ids: readonly number[], format: ExportFormat): Promise<Blob> {
  const { mime } = FILE_KIND[format];
  if (format === 'markdown-zip') {
    const parts: Uint8Array<ArrayBuffer>[] = [];
    const highlights = await highlightsByClip(ids);
    for await (const chunk of markdownZipChunks(clipsInBatches(ids), { folder: 'Gleaner', highlights })) parts.push(blobPart(chunk));
    return new Blob(parts, { type: mime });
  }
  const clips = await allClips(ids);
  const type = `${mime};charset=utf-8`;
  const highlights = await highlightsByClip(ids);
  switch (format) {
    case 'json':
      return new Blob([...backupJsonChunks(clips, { appVersion: appVersion(), highlights: clips.flatMap((clip) => highlights.get(clip.id) ?? []) })], { type });
    case 'markdown-combined':
      return new Blob([clipsToCombinedMarkdown(clips, { highlights })], { type });
    case 'highlights-markdown':
      return new Blob([highlightsToMarkdown(clips, highlights)], { type });
    case 'annotations':
      return new Blob([highlightsToWebAnnotations(clips, highlights)], { type });
    case 'csl':
      return new Blob([clipsToCslJson(clips, { highlights })], { type });
    case 'bibtex':
      return new Blob([clipsToBibtex(clips)], { type });
    case 'ris':
      return new Blob([clipsToRis(clips)], { type });
    case 'csv':
      return new Blob([clipsToCsv(clips)], { type });
    case 'html':
      return new Blob([clipsToHtml(clips, { sanitize: createHtmlSanitizer(window) })], { type });
  }
}

/** Export clips and hand the file to the browser's downloads; resolves to the filename used. */
export async function exportClips(ids: readonly number[], format: ExportFormat): Promise<string> {
  const filename = exportFilename(format);
  await downloadTextFile(filename, await buildExport(ids, format), FILE_KIND[format].mime);
  return filename;
}
