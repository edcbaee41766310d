import { stringify } from 'yaml';
import type { Clip } from '../db/clip';
import { safeRelativePath, stripReserved } from './filename';
import { bodyWithHighlights } from './highlights-markdown';
import {
  DEFAULT_EXPORT_TEMPLATE,
  renderTemplate,
  renderText,
  type ExportTemplate,
  type RenderOptions,
  type TemplateValue,
} from './template';

/** A file ready to write: a relative path (may contain `/` folders) and its text. */
export interface ExportFile {
  filename: string;
  content: string;
}

/** The front-matter properties of a clip, in template order, with their YAML-friendly types. */
export function clipFrontMatter(
  clip: Clip,
  template: ExportTemplate = DEFAULT_EXPORT_TEMPLATE,
  options: RenderOptions = {},
): Record<string, TemplateValue> {
  const properties: Record<string, TemplateValue> = {};
  for (const { key, value } of template.frontMatter) properties[key] = renderTemplate(value, clip, options);
  return properties;
}

/** The YAML front-matter block (with its `---` fences), written by the YAML library. */
export function frontMatterBlock(properties: Record<string, TemplateValue>): string {
  const yaml = stringify(properties, {
    // Shared arrays (author and authors) must not become YAML anchors/aliases: Obsidian can't read them.
    aliasDuplicateObjects: false,
    // Never fold long titles or excerpts across lines.
    lineWidth: 0,
    // `key:` with nothing after it is how Obsidian itself writes an empty property.
    nullStr: '',
  });
  return `---\n${yaml}---\n`;
}

/** The file's relative path without extension, from the template's filename pattern. */
export function clipFileStem(
  clip: Clip,
  template: ExportTemplate = DEFAULT_EXPORT_TEMPLATE,
  options: RenderOptions = {},
): string {
  // Substituted values lose their slashes, so only the template's literal `/` makes folders.
  return safeRelativePath(renderText(template.filename, clip, options, stripReserved));
}

/**
 * The text of a clip's .md file: front matter, a blank line, the body ending in a newline; with
 * `options.highlights`, its highlights as a `## Highlights` section or inline marks (template).
 */
export function clipMarkdownContent(
  clip: Clip,
  template: ExportTemplate = DEFAULT_EXPORT_TEMPLATE,
  options: RenderOptions = {},
): string {
  const body = bodyWithHighlights(clip, options.highlights?.get(clip.id) ?? [], template.highlightStyle);
  const front = frontMatterBlock(clipFrontMatter(clip, template, options));
  return body ? `${front}\n${body}` : front;
}

/**
 * One clip as an Obsidian-ready Markdown file: YAML front matter + the clip's Markdown body.
 * The filename is not deduplicated; pass it through `createFilenameAllocator` when writing many.
 */
export function clipToMarkdownFile(
  clip: Clip,
  template: ExportTemplate = DEFAULT_EXPORT_TEMPLATE,
  options: RenderOptions = {},
): ExportFile {
  return { filename: `${clipFileStem(clip, template, options)}.md`, content: clipMarkdownContent(clip, template, options) };
}
