import { tagKey } from '../db/tag-key';
import { importKey } from './to-draft';
import type { ImportIssue, ImportItem, ImportSource, ParsedFile } from './types';
import { uniqueTags } from './values';

/** What the library already holds for an address: its tags (to count merges). */
export interface KnownClip {
  tags: readonly string[];
  placeholder: boolean;
}

/** The dry run shown before anything is written. */
export interface ImportPreview {
  /** One item per address, duplicates inside the files merged. */
  items: ImportItem[];
  /** Items whose address the library does not hold yet. */
  fresh: number;
  /** Of those, how many carry the article (full clips); the rest become placeholders. */
  withContent: number;
  /** Entries repeated in the files or already in the library. */
  duplicates: number;
  /** Tags that will be added to clips already in the library. */
  mergedTags: number;
  errors: ImportIssue[];
  files: { file: string; source: ImportSource; count: number }[];
}

/**
 * Merge two entries for one address (a page saved twice, in two part files or two services): tags
 * are united, favourite if either says so, archived if either was read, the earliest save date,
 * content and note from whichever has them.
 */
export function mergeItems(a: ImportItem, b: ImportItem): ImportItem {
  return {
    ...a,
    title: a.title || b.title,
    tags: uniqueTags([...a.tags, ...b.tags]),
    status: a.status === 'archived' || b.status === 'archived' ? 'archived' : 'unread',
    favorite: a.favorite || b.favorite,
    addedAt: a.addedAt === null ? b.addedAt : b.addedAt === null ? a.addedAt : Math.min(a.addedAt, b.addedAt),
    ...(a.html ? {} : b.html ? { html: b.html, byline: b.byline ?? null, siteName: b.siteName ?? null, published: b.published ?? null } : {}),
    note: [a.note, b.note].filter((n) => n?.trim()).join('\n\n'),
  };
}

/** Dedupe the parsed files' items by canonical address (first occurrence's position kept). */
export function dedupeItems(files: readonly ParsedFile[]): { items: ImportItem[]; repeated: number } {
  const byKey = new Map<string, ImportItem>();
  let repeated = 0;
  for (const file of files) {
    for (const item of file.items) {
      const key = importKey(item.url);
      const seen = byKey.get(key);
      if (seen) repeated++;
      byKey.set(key, seen ? mergeItems(seen, item) : item);
    }
  }
  return { items: [...byKey.values()], repeated };
}

/** The dry-run summary of importing `files` into a library that holds `known` (by canonical address). */
export function previewImport(files: readonly ParsedFile[], known: ReadonlyMap<string, KnownClip>): ImportPreview {
  const { items, repeated } = dedupeItems(files);
  let fresh = 0;
  let withContent = 0;
  let inLibrary = 0;
  let mergedTags = 0;
  for (const item of items) {
    const have = known.get(importKey(item.url));
    if (!have) {
      fresh++;
      if (item.html) withContent++;
      continue;
    }
    inLibrary++;
    const keys = new Set(have.tags.map(tagKey));
    mergedTags += item.tags.filter((t) => !keys.has(tagKey(t))).length;
  }
  return {
    items,
    fresh,
    withContent,
    duplicates: repeated + inLibrary,
    mergedTags,
    errors: files.flatMap((f) => f.errors),
    files: files.map((f) => ({ file: f.file, source: f.source, count: f.items.length })),
  };
}
