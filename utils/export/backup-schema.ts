import * as v from 'valibot';
import type { Clip } from '../db/clip';
import { HIGHLIGHT_COLORS, type Highlight } from '../highlights/types';
import { HIGHLIGHT_STYLES } from './highlights-markdown';
import type { ExportTemplate } from './template';

/** The `format` marker every Gleaner backup carries. */
export const BACKUP_FORMAT = 'gleaner-backup';
/** The backup schema version this build writes and the newest it reads (2: reading status, #14; 3: highlights, #15). */
export const BACKUP_VERSION = 3;
/** Older backup versions this build still restores. */
export const READABLE_BACKUP_VERSIONS: readonly number[] = [1, 2, 3];

const nullableString = v.nullable(v.string());
const stringList = v.array(v.string());
// Only what IndexedDB itself needs is constrained beyond the type (ids are positive integers):
// a backup Gleaner wrote must always restore, whatever values the library held.

/** One clip of a version 1 backup (before reading status). */
export const ClipSchemaV1 = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  url: v.string(),
  canonicalUrl: v.string(),
  title: v.string(),
  byline: nullableString,
  authors: stringList,
  published: nullableString,
  modified: nullableString,
  siteName: nullableString,
  lang: nullableString,
  excerpt: nullableString,
  leadImage: nullableString,
  keywords: stringList,
  html: v.string(),
  markdown: v.string(),
  text: v.string(),
  wordCount: v.number(),
  charCount: v.number(),
  confidence: v.number(),
  mode: v.picklist(['article', 'selection', 'page']),
  clippedAt: v.number(),
  updatedAt: v.number(),
  tags: stringList,
  note: v.string(),
  highlightText: v.optional(v.string()),
});

/** One clip, every field of `Clip` (version 2 adds the reading fields): restoring it must rebuild the library exactly. */
export const ClipSchema = v.strictObject({
  ...ClipSchemaV1.entries,
  status: v.optional(v.picklist(['unread', 'archived'])),
  favorite: v.optional(v.boolean()),
  placeholder: v.optional(v.boolean()),
});

/** The user-editable export template, as stored in settings. */
export const ExportTemplateSchema = v.strictObject({
  filename: v.string(),
  frontMatter: v.array(v.strictObject({ key: v.string(), value: v.string() })),
  highlightStyle: v.optional(v.picklist(HIGHLIGHT_STYLES)),
});

/** A named export template (the library may keep several: "Obsidian", "Report"). */
export const NamedTemplateSchema = v.strictObject({ name: v.string(), template: ExportTemplateSchema });

const position = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One highlight, every field of `Highlight` (W3C selectors in code points). */
export const HighlightSchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  clipId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  color: v.picklist(HIGHLIGHT_COLORS),
  note: v.string(),
  quote: v.strictObject({ type: v.literal('TextQuoteSelector'), exact: v.pipe(v.string(), v.minLength(1)), prefix: v.string(), suffix: v.string() }),
  position: v.strictObject({ type: v.literal('TextPositionSelector'), start: position, end: position }),
  orphaned: v.boolean(),
  createdAt: v.number(),
  updatedAt: v.number(),
});

/** The whole backup file, version 1 (read only). */
export const BackupSchemaV1 = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  app: v.strictObject({ name: v.string(), version: v.string() }),
  clipCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  settings: v.record(v.string(), v.unknown()),
  templates: v.array(NamedTemplateSchema),
  clips: v.array(ClipSchemaV1),
});

/** The whole backup file, version 2 (read only): clips gained their reading status. */
export const BackupSchemaV2 = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(2),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  app: v.strictObject({ name: v.string(), version: v.string() }),
  clipCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  settings: v.record(v.string(), v.unknown()),
  templates: v.array(NamedTemplateSchema),
  clips: v.array(ClipSchema),
});

/** The whole backup file, version 3: version 2 plus highlights. Clips come last so writers can stream them. */
export const BackupSchema = v.strictObject({
  ...BackupSchemaV2.entries,
  version: v.literal(BACKUP_VERSION),
  highlightCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  highlights: v.array(HighlightSchema),
  clips: v.array(ClipSchema),
});

/** A validated Gleaner backup (older versions are read into this shape). */
export type GleanerBackup = v.InferOutput<typeof BackupSchema>;
/** A named export template inside a backup. */
export type NamedTemplate = v.InferOutput<typeof NamedTemplateSchema>;

// Compile-time guard: if `Clip` or `ExportTemplate` gains or changes a field, these lines stop
// compiling until the schema (and BACKUP_VERSION, with a migration) follows.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const clipSchemaMatches: Same<v.InferOutput<typeof ClipSchema>, Clip> = true;
const templateSchemaMatches: Same<v.InferOutput<typeof ExportTemplateSchema>, ExportTemplate> = true;
const highlightSchemaMatches: Same<v.InferOutput<typeof HighlightSchema>, Highlight> = true;
void highlightSchemaMatches;
void clipSchemaMatches;
void templateSchemaMatches;

/** Field order of a clip in backups: fixed, so the same library always serializes to the same bytes. */
export const CLIP_FIELDS = [
  'id', 'url', 'canonicalUrl', 'title', 'byline', 'authors', 'published', 'modified', 'siteName', 'lang',
  'excerpt', 'leadImage', 'keywords', 'html', 'markdown', 'text', 'wordCount', 'charCount', 'confidence',
  'mode', 'clippedAt', 'updatedAt', 'tags', 'note', 'highlightText', 'status', 'favorite', 'placeholder',
] as const satisfies ReadonlyArray<keyof Clip>;
const clipFieldsComplete: [Exclude<keyof Clip, (typeof CLIP_FIELDS)[number]>] extends [never] ? true : false = true;
void clipFieldsComplete;

/** Field order of a highlight in backups (fixed, like CLIP_FIELDS). */
export const HIGHLIGHT_FIELDS = [
  'id', 'clipId', 'color', 'note', 'quote', 'position', 'orphaned', 'createdAt', 'updatedAt',
] as const satisfies ReadonlyArray<keyof Highlight>;
const highlightFieldsComplete: [Exclude<keyof Highlight, (typeof HIGHLIGHT_FIELDS)[number]>] extends [never] ? true : false = true;
void highlightFieldsComplete;
