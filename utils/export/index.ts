/**
 * Gleaner export API — pure functions: clips in → files out; no DOM globals, no browser APIs.
 *
 * Markdown
 * - `clipToMarkdownFile(clip, template?, options?)` → `{ filename, content }`: one Obsidian-ready .md
 *   (YAML front matter written by `yaml`, body = clip.markdown). `options.timeZone` dates `clipped`.
 * - `DEFAULT_EXPORT_TEMPLATE`, `validateTemplate(t)`, `TEMPLATE_FIELDS`: the user-editable template
 *   (`filename` like "{published:YYYY-MM-DD} {title}", `/` makes folders; `frontMatter` key/value list,
 *   a lone placeholder keeps its type: `{authors}` → list).
 * - `createFilenameAllocator()` numbers colliding names; `safeFilenameSegment`, `safeRelativePath`.
 * - `markdownZipChunks(clips | asyncClips, options?)` → async Uint8Array chunks of a ZIP (one .md per
 *   clip + index.md). `collectBytes(chunks)` joins them (Node/tests); in a page use `new Blob(chunks)`.
 * - `clipsToCombinedMarkdown(clips, { title, order })`: one document; `sortClips`, `CLIP_ORDERS`.
 *
 * Backup / restore
 * - `backupJsonChunks(clips, meta)` / `serializeBackup(clips, meta)`: versioned JSON with every field,
 *   settings and templates. `parseBackup(text, maxBytes?)` validates everything (valibot) and returns
 *   `{ ok: true, backup }` or `{ ok: false, kind, message }`; `checkBackupSize(file.size)` first.
 *   Apply with `restoreClips(backup.clips, mode)` from `utils/db/restore.ts` (one transaction).
 *
 * Citations and tables
 * - `clipsToCslJson`, `clipsToCslItems`, `clipsToBibtex(clips, 'bibtex' | 'biblatex')`, `clipsToRis`.
 * - `clipsToCsv(clips, { bom, guardFormulas })`.
 * - `clipsToHtml(clips, { sanitize: createHtmlSanitizer(window), title, order })`: standalone page.
 *
 * CLI
 * - `formatClips(clips, 'md' | 'json' | 'csl' | 'bibtex' | 'ris' | 'csv', options?)`, `isTextFormat`.
 */
export type { ExportFile } from './markdown';
export { clipToMarkdownFile, clipFrontMatter, clipFileStem, frontMatterBlock } from './markdown';
export type { ExportTemplate, FrontMatterProperty, RenderOptions, TemplateValue } from './template';
export { DEFAULT_EXPORT_TEMPLATE, TEMPLATE_FIELDS, validateTemplate } from './template';
export { createFilenameAllocator, safeFilenameSegment, safeRelativePath } from './filename';
export type { MarkdownZipOptions } from './bundle';
export { markdownZipChunks, collectBytes } from './bundle';
export type { CombinedOptions } from './combined';
export { clipsToCombinedMarkdown } from './combined';
export type { ClipOrder } from './order';
export { CLIP_ORDERS, sortClips } from './order';
export type { BackupMeta, BackupErrorKind, ParseBackupResult } from './backup';
export { backupJsonChunks, serializeBackup, parseBackup, checkBackupSize, DEFAULT_MAX_BACKUP_BYTES } from './backup';
export type { GleanerBackup, NamedTemplate } from './backup-schema';
export { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
export type { CslItem, CslType } from './csl';
export { clipsToCslItems, clipsToCslJson, citationType } from './csl';
export type { CslName } from './names';
export { splitAuthorName } from './names';
export type { BibDialect } from './bibtex';
export { clipsToBibtex } from './bibtex';
export { clipsToRis } from './ris';
export type { CsvOptions } from './csv';
export { clipsToCsv, CSV_COLUMNS } from './csv';
export type { HtmlSanitizer, HtmlPageOptions } from './html';
export { clipsToHtml } from './html';
export { createHtmlSanitizer } from './html-sanitizer';
export type { TextFormat, FormatClipsOptions } from './format-clips';
export { formatClips, isTextFormat, TEXT_FORMATS } from './format-clips';
