/**
 * Gleaner export API (pure: clips in → files out; no DOM, no browser APIs).
 *
 * - `clipToMarkdownFile(clip, template?, options?)` → `{ filename, content }` — one Obsidian-ready .md.
 * - `DEFAULT_EXPORT_TEMPLATE`, `validateTemplate(template)` — the user-editable filename/front-matter template.
 * - `createFilenameAllocator()` — numbers colliding filenames ("a.md", "a (2).md").
 */
export type { ExportFile } from './markdown';
export { clipToMarkdownFile, clipFrontMatter, clipFileStem } from './markdown';
export type { ExportTemplate, FrontMatterProperty, RenderOptions, TemplateValue } from './template';
export { DEFAULT_EXPORT_TEMPLATE, TEMPLATE_FIELDS, validateTemplate } from './template';
export { createFilenameAllocator, safeFilenameSegment, safeRelativePath } from './filename';
