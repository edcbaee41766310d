import type { Clip } from '../db/clip';
import { readingOf } from '../db/reading-status';
import { formatWallClock, wallClockFromEpoch, wallClockFromIso } from './dates';
import type { HighlightLookup, HighlightStyle } from './highlights-markdown';

/** One front-matter property: its key and a template such as `{authors}` or `{site} — {lang}`. */
export interface FrontMatterProperty {
  key: string;
  value: string;
}

/**
 * A user-editable export template (plain data: stored in settings and in backups).
 * `filename` has no extension; `/` in its literal text makes folders (`{site}/{title}`).
 */
export interface ExportTemplate {
  filename: string;
  frontMatter: FrontMatterProperty[];
  /** Where highlights go: a `## Highlights` section (default) or `==marks==` in the text. */
  highlightStyle?: HighlightStyle;
}

/** Rendering options; `timeZone` (IANA) dates the clip's own timestamps, default the runtime's. */
export interface RenderOptions {
  timeZone?: string;
  /** Highlights of the exported clips: Markdown gains them, CSL-JSON notes list them. */
  highlights?: HighlightLookup;
}

/** A rendered value: typed when a property is a single placeholder, so YAML keeps lists and numbers. */
export type TemplateValue = string | number | boolean | string[] | null;

/** The default Obsidian-friendly template (date and datetime property types, lists for authors and tags). */
export const DEFAULT_EXPORT_TEMPLATE: ExportTemplate = {
  filename: '{published:YYYY-MM-DD} {title}',
  frontMatter: [
    { key: 'title', value: '{title}' },
    { key: 'url', value: '{url}' },
    { key: 'canonical', value: '{canonical}' },
    { key: 'author', value: '{authors}' },
    { key: 'published', value: '{published}' },
    { key: 'clipped', value: '{clipped:YYYY-MM-DDTHH:mm:ss}' },
    { key: 'site', value: '{site}' },
    { key: 'lang', value: '{lang}' },
    { key: 'tags', value: '{tags:obsidian}' },
    { key: 'excerpt', value: '{excerpt}' },
    { key: 'note', value: '{note}' },
    { key: 'status', value: '{status}' },
    { key: 'favorite', value: '{favorite}' },
  ],
};

type Resolver = (clip: Clip, format: string | undefined, options: RenderOptions) => TemplateValue;

const isoDate =
  (pick: (clip: Clip) => string | null): Resolver =>
  (clip, format) => {
    const iso = pick(clip);
    if (iso === null || !format) return iso;
    const clock = wallClockFromIso(iso);
    return clock ? formatWallClock(clock, format) : iso;
  };

const epochDate =
  (pick: (clip: Clip) => number): Resolver =>
  (clip, format, options) => {
    const ms = pick(clip);
    if (!format) return new Date(ms).toISOString();
    return formatWallClock(wallClockFromEpoch(ms, options.timeZone), format);
  };

const list =
  (pick: (clip: Clip) => string[]): Resolver =>
  (clip, format) => {
    const values = pick(clip);
    return format === 'obsidian' ? obsidianTags(values) : [...values];
  };

/** Obsidian tags allow no spaces or most punctuation; keep letters of any script, digits, `_ - /`. */
function obsidianTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const cleaned = tag
      .replace(/^#+/, '')
      .replace(/[\s!-,.:-@[\\\]^`{|}~]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    if (cleaned && !out.includes(cleaned)) out.push(cleaned);
  }
  return out;
}

function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const FIELDS: Record<string, Resolver> = {
  title: (c) => c.title,
  url: (c) => c.url,
  canonical: (c) => c.canonicalUrl,
  domain: (c) => domainOf(c.canonicalUrl || c.url),
  authors: list((c) => c.authors),
  author: list((c) => c.authors),
  byline: (c) => c.byline,
  published: isoDate((c) => c.published),
  modified: isoDate((c) => c.modified),
  clipped: epochDate((c) => c.clippedAt),
  updated: epochDate((c) => c.updatedAt),
  site: (c) => c.siteName,
  lang: (c) => c.lang,
  excerpt: (c) => c.excerpt,
  note: (c) => c.note,
  tags: list((c) => c.tags),
  keywords: list((c) => c.keywords),
  image: (c) => c.leadImage,
  words: (c) => c.wordCount,
  chars: (c) => c.charCount,
  confidence: (c) => c.confidence,
  mode: (c) => c.mode,
  id: (c) => c.id,
  status: (c) => readingOf(c).status,
  favorite: (c) => readingOf(c).favorite,
};

/** Every placeholder name a template may use. */
export const TEMPLATE_FIELDS: readonly string[] = Object.keys(FIELDS);

const PLACEHOLDER = /\{([A-Za-z]+)(?::([^{}]*))?\}/g;
const SINGLE_PLACEHOLDER = /^\{([A-Za-z]+)(?::([^{}]*))?\}$/;

/** Flatten a typed value for use inside text (lists joined with ", ", null as empty). */
export function valueToText(value: TemplateValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * Render a front-matter template: a lone placeholder keeps its type (list, number, null) so YAML
 * writes a list or a number; anything else is text. Unknown placeholders are left as written.
 */
export function renderTemplate(template: string, clip: Clip, options: RenderOptions = {}): TemplateValue {
  const single = SINGLE_PLACEHOLDER.exec(template);
  const resolver = single?.[1] === undefined ? undefined : FIELDS[single[1]];
  if (single && resolver) return resolver(clip, single[2], options);
  return renderText(template, clip, options);
}

/**
 * Render a template as text; `escape` post-processes each substituted value (filenames strip path
 * separators from values so only the template's own `/` makes folders).
 */
export function renderText(
  template: string,
  clip: Clip,
  options: RenderOptions = {},
  escape: (text: string) => string = (text) => text,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const resolver = FIELDS[name];
    return resolver ? escape(valueToText(resolver(clip, format, options))) : whole;
  });
}

/** Problems with a user's template, as readable messages; empty when the template is usable. */
export function validateTemplate(template: ExportTemplate): string[] {
  const problems: string[] = [];
  const unknown = (text: string): string[] =>
    [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !(name in FIELDS));
  if (!template.filename.trim()) problems.push('The filename template is empty.');
  for (const name of unknown(template.filename)) problems.push(`Unknown placeholder {${name}} in the filename.`);
  const seen = new Set<string>();
  for (const { key, value } of template.frontMatter) {
    if (!key.trim()) problems.push('A front-matter property has no name.');
    else if (seen.has(key)) problems.push(`The property "${key}" appears twice.`);
    seen.add(key);
    for (const name of unknown(value)) problems.push(`Unknown placeholder {${name}} in "${key}".`);
  }
  return problems;
}
