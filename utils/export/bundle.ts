import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Clip } from '../db/clip';
import {
  attachmentPath,
  DEFAULT_ATTACHMENTS_FOLDER,
  linkTarget,
  markdownDestination,
  relativePath,
  rewriteImageLinks,
  type ExportImage,
} from './attachments';
import { createFilenameAllocator, safeRelativePath } from './filename';
import { clipFileStem, clipMarkdownContent } from './markdown';
import { DEFAULT_EXPORT_TEMPLATE, renderTemplate, valueToText, type ExportTemplate, type RenderOptions } from './template';

/** Options for a Markdown ZIP. */
export interface MarkdownZipOptions extends RenderOptions {
  template?: ExportTemplate;
  /** Folder inside the archive that holds everything (default: none). */
  folder?: string;
  /** Deflate level 0–9 (default 6). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Shown in the index (default: now). */
  exportedAt?: Date;
  /** Called after each clip, for a progress bar. */
  onProgress?: (done: number) => void;
  /** Write each clip's stored images into an attachments folder and link them relatively. */
  attachments?: {
    /** The clip's stored images (read from the database by the caller). */
    imagesOf: (clip: Clip) => Promise<readonly ExportImage[]>;
    /** Folder inside the archive's folder (default `attachments`). */
    folder?: string;
  };
}

/** A clip's entry in the index: where its file went and what to show for it. */
interface IndexEntry {
  path: string;
  title: string;
  site: string;
  published: string;
  tags: string;
}

/**
 * fflate's hash tables default to sizes meant for large inputs; clearing them dominates for
 * article-sized files. Scaling the memory level to the file (8 KB → 1, 1 MB → 8) is ~30 % faster
 * with the same output size.
 */
// ZIP stores DOS dates (1980–2099); fflate throws outside them, and a backup may hold any time.
const DOS_EPOCH_MIN = Date.UTC(1980, 0, 2);
const DOS_EPOCH_MAX = Date.UTC(2099, 11, 30);

const MEMORY_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
function memoryLevel(bytes: number): (typeof MEMORY_LEVELS)[number] {
  return MEMORY_LEVELS[Math.ceil(Math.log2(Math.max(bytes, 1))) - 12] ?? (bytes > 4096 ? 8 : 0);
}

/** Markdown table cells may not contain pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** The archive's index.md: one table row per clip, linking to its file. */
export function zipIndexMarkdown(entries: readonly IndexEntry[], exportedAt: Date): string {
  const lines = [
    '# Gleaner export',
    '',
    `Exported ${exportedAt.toISOString().slice(0, 10)} · ${entries.length} clip${entries.length === 1 ? '' : 's'}`,
    '',
    '| Title | Site | Published | Tags |',
    '| --- | --- | --- | --- |',
  ];
  for (const e of entries) {
    const title = cell(e.title || 'Untitled').replace(/[[\]]/g, '\\$&');
    lines.push(`| [${title}](${linkTarget(e.path)}) | ${cell(e.site)} | ${cell(e.published)} | ${cell(e.tags)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A ZIP of one .md file per clip plus `index.md`, produced piece by piece: clips are read one at a
 * time (pass an async iterable to page through the database) and compressed bytes are yielded as
 * soon as each file is done, so memory holds one clip and the not-yet-consumed output — never the
 * whole library twice. Collect the pieces into a Blob, or write them to a file stream.
 * Work happens while the consumer pulls; a page that must stay responsive can await a macrotask
 * (e.g. `scheduler.yield()`) between chunks — timers are throttled in background tabs, so the
 * generator itself never sleeps.
 */
export async function* markdownZipChunks(
  clips: Iterable<Clip> | AsyncIterable<Clip>,
  options: MarkdownZipOptions = {},
): AsyncGenerator<Uint8Array> {
  const template = options.template ?? DEFAULT_EXPORT_TEMPLATE;
  const folder = options.folder ? `${safeRelativePath(options.folder)}/` : '';
  const level = options.level ?? 6;
  const allocate = createFilenameAllocator();
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else pending.push(data);
  });
  // TextEncoder is native (fast on megabyte bodies) and turns lone surrogates into U+FFFD, so every
  // file is valid UTF-8.
  const encoder = new TextEncoder();
  const addFile = (path: string, content: string, mtime: number): void => {
    const bytes = encoder.encode(content);
    const entry = new ZipDeflate(path, { level, mem: memoryLevel(bytes.length) });
    entry.mtime = Math.min(Math.max(mtime, DOS_EPOCH_MIN), DOS_EPOCH_MAX);
    zip.add(entry);
    entry.push(bytes, true);
  };
  const addBinary = (path: string, bytes: Uint8Array, mtime: number): void => {
    // Images are compressed already: stored as they are, deflating them would only cost time.
    const entry = new ZipPassThrough(path);
    entry.mtime = Math.min(Math.max(mtime, DOS_EPOCH_MIN), DOS_EPOCH_MAX);
    zip.add(entry);
    entry.push(bytes, true);
  };
  const attachmentsFolder = safeRelativePath(options.attachments?.folder ?? DEFAULT_ATTACHMENTS_FOLDER) || DEFAULT_ATTACHMENTS_FOLDER;
  const written = new Set<string>();
  const entries: IndexEntry[] = [];
  let done = 0;
  // The index links to files by path, so reserve its own name first.
  allocate(`${folder}index`, '.md');
  for await (const clip of clips) {
    const path = allocate(`${folder}${clipFileStem(clip, template, options)}`, '.md');
    const images = options.attachments ? await options.attachments.imagesOf(clip) : [];
    const links = new Map<string, string>();
    for (const image of images) {
      const file = `${folder}${attachmentPath(attachmentsFolder, image)}`;
      if (!written.has(file)) addBinary(file, image.bytes, clip.updatedAt);
      written.add(file);
      links.set(markdownDestination(image.url), relativePath(path, file));
    }
    const body = links.size > 0 ? { ...clip, markdown: rewriteImageLinks(clip.markdown, links) } : clip;
    addFile(path, clipMarkdownContent(body, template, options), clip.updatedAt);
    entries.push({
      path: path.slice(folder.length),
      title: clip.title,
      site: clip.siteName ?? '',
      published: valueToText(renderTemplate('{published:YYYY-MM-DD}', clip, options)),
      tags: clip.tags.join(', '),
    });
    if (failure) throw failure;
    yield* pending.splice(0);
    options.onProgress?.(++done);
  }
  const exportedAt = options.exportedAt ?? new Date();
  addFile(`${folder}index.md`, zipIndexMarkdown(entries, exportedAt), exportedAt.getTime());
  zip.end();
  if (failure) throw failure;
  yield* pending.splice(0);
}

/** Gather a chunk stream into one byte array (tests, the CLI; the browser should build a Blob). */
export async function collectBytes(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const part of chunks) {
    parts.push(part);
    size += part.length;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
