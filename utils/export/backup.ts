import * as v from 'valibot';
import type { Clip } from '../db/clip';
import { readingOf } from '../db/reading-status';
import type { Highlight } from '../highlights/types';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupSchema,
  BackupSchemaV1,
  BackupSchemaV2,
  CLIP_FIELDS,
  HIGHLIGHT_FIELDS,
  READABLE_BACKUP_VERSIONS,
  type GleanerBackup,
  type NamedTemplate,
} from './backup-schema';

/** Largest backup `parseBackup` accepts by default (characters ≈ bytes); browsers cap strings near 512 MiB. */
export const DEFAULT_MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** What a backup carries besides clips. */
export interface BackupMeta {
  appVersion: string;
  /** When the backup was made (default: now). */
  exportedAt?: Date;
  /** Settings as plain JSON (the caller owns their shape). */
  settings?: Record<string, unknown>;
  templates?: NamedTemplate[];
  /** Highlights of the clips (written before the clips; a library has far fewer of them). */
  highlights?: readonly Highlight[];
}

/** Why a file could not be restored. */
export type BackupErrorKind = 'empty' | 'oversized' | 'not-json' | 'truncated' | 'foreign' | 'version' | 'invalid';

/** A validated backup, or a message a user can act on; the library is untouched in the error case. */
export type ParseBackupResult = { ok: true; backup: GleanerBackup } | { ok: false; kind: BackupErrorKind; message: string };

/**
 * The backup as JSON text in pieces (header, one piece per clip, footer) so a 10k-clip library
 * never has to exist as one giant string: hand the pieces to `new Blob(pieces)` or a file stream.
 */
export function* backupJsonChunks(clips: readonly Clip[], meta: BackupMeta): Generator<string> {
  const header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: (meta.exportedAt ?? new Date()).toISOString(),
    app: { name: 'Gleaner', version: meta.appVersion },
    clipCount: clips.length,
    settings: meta.settings ?? {},
    templates: meta.templates ?? [],
    highlightCount: meta.highlights?.length ?? 0,
    highlights: (meta.highlights ?? []).map(orderedHighlight),
  };
  const head = JSON.stringify(header);
  yield `${head.slice(0, -1)},"clips":[`;
  for (let i = 0; i < clips.length; i++) {
    const clip = clips[i];
    if (clip === undefined) continue;
    yield `${i === 0 ? '\n' : ',\n'}${JSON.stringify(orderedClip(clip))}`;
  }
  yield '\n]}\n';
}

/** The whole backup as one JSON string (small libraries, tests, the CLI). */
export function serializeBackup(clips: readonly Clip[], meta: BackupMeta): string {
  return [...backupJsonChunks(clips, meta)].join('');
}

/** A clip with exactly the backup's fields in the backup's order (extra row properties dropped). */
function orderedClip(clip: Clip): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Reading fields are always written (a row from before v3 means unread, not favourite).
  const full: Clip = { ...clip, ...readingOf(clip) };
  for (const field of CLIP_FIELDS) out[field] = full[field];
  return out;
}

/** A highlight with exactly the backup's fields in order. */
function orderedHighlight(highlight: Highlight): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of HIGHLIGHT_FIELDS) out[field] = highlight[field];
  return out;
}

const fail = (kind: BackupErrorKind, message: string): ParseBackupResult => ({ ok: false, kind, message });

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

/** Reject files over the limit before reading them (`File.size` is known before `File.text()`). */
export function checkBackupSize(bytes: number, maxBytes = DEFAULT_MAX_BACKUP_BYTES): ParseBackupResult | null {
  if (bytes === 0) return fail('empty', 'The file is empty.');
  if (bytes > maxBytes) {
    return fail('oversized', `The file is ${formatSize(bytes)}; Gleaner restores backups up to ${formatSize(maxBytes)}.`);
  }
  return null;
}

function describeIssue(issue: v.BaseIssue<unknown>, data: unknown): string {
  const path = issue.path ?? [];
  const where: string[] = [];
  let clipIndex: number | undefined;
  for (const [depth, item] of path.entries()) {
    if (depth === 1 && path[0]?.key === 'clips' && typeof item.key === 'number') clipIndex = item.key;
    where.push(typeof item.key === 'number' ? `[${item.key}]` : `${depth === 0 ? '' : '.'}${String(item.key)}`);
  }
  let subject = where.join('') || 'the file';
  if (clipIndex !== undefined && isRecord(data) && Array.isArray(data.clips)) {
    const clip: unknown = data.clips[clipIndex];
    const title = isRecord(clip) && typeof clip.title === 'string' ? ` ("${clip.title.slice(0, 40)}")` : '';
    subject = `clip ${clipIndex + 1}${title}, ${where.slice(2).join('').replace(/^\./, '') || 'entry'}`;
  }
  return `${subject}: ${issue.message}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether JSON text ends inside a string, object or array: the signature of a cut-off file. */
function endsOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) depth++;
    else if (code === 0x7d || code === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/** Explain a JSON.parse failure: a cut-off file reads differently from a damaged one. */
function jsonFailure(text: string, error: unknown): ParseBackupResult {
  if (endsOpen(text)) {
    return fail('truncated', `The backup is incomplete: it stops after ${formatSize(text.length)}. It may not have finished downloading or copying.`);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return fail('not-json', `The file is damaged: it is not valid JSON (${reason}).`);
}

/** Spot the wrong kind of file early, with a message that says what it looks like instead. */
function foreignFile(text: string): ParseBackupResult | null {
  const start = text.trimStart().slice(0, 64);
  if (start.startsWith('PK')) return fail('foreign', 'This is a ZIP archive (perhaps a Markdown export), not a Gleaner backup. Choose the .json backup file.');
  if (start.startsWith('---') || start.startsWith('#')) return fail('foreign', 'This is a Markdown file, not a Gleaner backup. Choose the .json backup file.');
  if (start.startsWith('@') || start.startsWith('TY  -')) return fail('foreign', 'This is a citation file (BibTeX/RIS), not a Gleaner backup.');
  if (!start.startsWith('{') && !start.startsWith('[')) return fail('foreign', 'This is not a Gleaner backup: it is not a JSON file.');
  return null;
}

/**
 * Validate a backup's text completely before anything touches the library: size, JSON syntax,
 * that it is a Gleaner backup of a version this build reads, every clip field, the clip count,
 * and no duplicate ids or canonical URLs (which the library cannot hold).
 */
export function parseBackup(input: string, maxBytes = DEFAULT_MAX_BACKUP_BYTES): ParseBackupResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sizeProblem = checkBackupSize(text.trim() === '' ? 0 : text.length, maxBytes);
  if (sizeProblem) return sizeProblem;
  const foreign = foreignFile(text);
  if (foreign) return foreign;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return jsonFailure(text, error);
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    if (Array.isArray(data)) return fail('foreign', 'This JSON file is a list (perhaps a CSL-JSON citation export), not a Gleaner backup.');
    return fail('foreign', 'This JSON file is not a Gleaner backup.');
  }
  if (typeof data.version !== 'number' || !READABLE_BACKUP_VERSIONS.includes(data.version)) {
    if (typeof data.version === 'number' && data.version > BACKUP_VERSION) {
      return fail('version', `This backup was made by a newer Gleaner (backup format ${data.version}; this version reads up to ${BACKUP_VERSION}). Update Gleaner, then restore it.`);
    }
    return fail('version', `This backup has an unknown format version (${JSON.stringify(data.version)}).`);
  }
  const result = data.version === 1 ? v.safeParse(BackupSchemaV1, data) : data.version === 2 ? v.safeParse(BackupSchemaV2, data) : v.safeParse(BackupSchema, data);
  if (!result.success) {
    const details = result.issues.slice(0, 5).map((issue) => describeIssue(issue, data));
    const more = result.issues.length > 5 ? ` (and ${result.issues.length - 5} more problems)` : '';
    return fail('invalid', `The backup is damaged — ${details.join('; ')}${more}.`);
  }
  // Older versions read into the current shape: version 1 knew no reading status (its clips restore
  // as unread, not favourite), versions 1 and 2 no highlights.
  const read = result.output;
  const backup: GleanerBackup = {
    ...read,
    version: BACKUP_VERSION,
    highlightCount: read.version === 3 ? read.highlightCount : 0,
    highlights: read.version === 3 ? read.highlights : [],
    clips: read.clips.map((clip: Clip) => ({ ...clip, ...readingOf(clip) })),
  };
  if (backup.highlightCount !== backup.highlights.length) {
    return fail('invalid', `The backup says it holds ${backup.highlightCount} highlights but contains ${backup.highlights.length}; it was cut short or edited.`);
  }
  if (backup.clipCount !== backup.clips.length) {
    return fail('invalid', `The backup says it holds ${backup.clipCount} clips but contains ${backup.clips.length}; it was cut short or edited.`);
  }
  const duplicate = findDuplicate(backup.clips) ?? findHighlightProblem(backup.highlights, backup.clips);
  return duplicate ? fail('invalid', `The backup is damaged — ${duplicate}.`) : { ok: true, backup };
}

function findHighlightProblem(highlights: readonly Highlight[], clips: readonly Clip[]): string | null {
  const clipIds = new Set(clips.map((clip) => clip.id));
  const ids = new Set<number>();
  for (const highlight of highlights) {
    if (ids.has(highlight.id)) return `two highlights share the id ${highlight.id}`;
    if (!clipIds.has(highlight.clipId)) return `highlight ${highlight.id} belongs to clip ${highlight.clipId}, which is not in the backup`;
    if (highlight.position.end < highlight.position.start) return `highlight ${highlight.id} ends before it starts`;
    ids.add(highlight.id);
  }
  return null;
}

function findDuplicate(clips: readonly Clip[]): string | null {
  const ids = new Set<number>();
  const urls = new Set<string>();
  for (const clip of clips) {
    if (ids.has(clip.id)) return `two clips share the id ${clip.id}`;
    if (urls.has(clip.canonicalUrl)) return `two clips share the address ${clip.canonicalUrl}`;
    ids.add(clip.id);
    urls.add(clip.canonicalUrl);
  }
  return null;
}
