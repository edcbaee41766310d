import type { Clip } from './clip';
import { changeTables, recordClipChanges, type ClipChange } from './clip-change';
import { newClipRow, type ImportedClip } from './import-clips';
import { readingOf } from './reading-status';
import { getDb, type GleanerDb } from './schema';
import { mergeTags } from './tag-key';

/** What an import from another service did. */
export interface ImportItemsResult {
  added: number;
  /** Clips already in the library that gained tags, a favourite, a note or (placeholders) content. */
  updated: number;
}

/** What the library holds for canonical addresses: tags and whether it is a placeholder (previews). */
export async function knownClips(canonicalUrls: readonly string[], db: GleanerDb = getDb()): Promise<Map<string, { tags: string[]; placeholder: boolean }>> {
  const found = await db.clips.where('canonicalUrl').anyOf([...canonicalUrls]).toArray();
  return new Map(found.map((c) => [c.canonicalUrl, { tags: [...c.tags], placeholder: readingOf(c).placeholder }]));
}

const CONTENT_FIELDS = ['html', 'markdown', 'text', 'wordCount', 'charCount', 'leadImage', 'byline', 'authors', 'published', 'siteName', 'lang', 'excerpt'] as const;

/** The clip an import makes of one already in the library, or undefined when nothing changes. */
function merged(before: Clip, item: ImportedClip): Clip | undefined {
  const reading = readingOf(before);
  const tags = mergeTags(before.tags, item.tags ?? []);
  const favorite = reading.favorite || (item.favorite ?? false);
  const note = before.note.trim() ? before.note : (item.note ?? '');
  const fill = reading.placeholder && item.placeholder === false;
  if (!fill && tags.length === before.tags.length && favorite === reading.favorite && note === before.note) return undefined;
  const after: Clip = { ...before, ...reading, tags, favorite, note };
  if (fill) {
    // A placeholder gets the article the file carries; status and date stay the user's.
    for (const field of CONTENT_FIELDS) Object.assign(after, { [field]: item[field] });
    after.placeholder = false;
  }
  return after;
}

/**
 * Write an import from another service in ONE read-write transaction with every derived table:
 * any failure (a constraint, a quota error, a closed page) leaves the library exactly as before.
 * New addresses are added (queued for the indexer, as restores are); addresses already present keep
 * their content, status and note, gain the file's tags and favourite flag, and placeholders are
 * filled in with the file's article when it has one. Items must be deduplicated by canonical URL.
 */
export async function importItems(items: readonly ImportedClip[], now: number = Date.now(), db: GleanerDb = getDb()): Promise<ImportItemsResult> {
  return db.transaction('rw', changeTables(db), async () => {
    const existing = await db.clips.where('canonicalUrl').anyOf(items.map((c) => c.canonicalUrl)).toArray();
    const byUrl = new Map(existing.map((c) => [c.canonicalUrl, c]));
    const updates: ClipChange[] = [];
    const fresh: Omit<Clip, 'id'>[] = [];
    for (const item of items) {
      const before = byUrl.get(item.canonicalUrl);
      if (before) {
        const after = merged(before, item);
        if (after) updates.push({ before, after: { ...after, updatedAt: now } });
        continue;
      }
      fresh.push(newClipRow(item, now));
    }
    const ids = fresh.length > 0 ? await db.clips.bulkAdd(fresh, { allKeys: true }) : [];
    const added: Clip[] = fresh.map((c, k) => ({ ...c, id: ids[k] ?? 0 }));
    if (updates.length > 0) await db.clips.bulkPut(updates.flatMap((u) => (u.after ? [u.after] : [])));
    await recordClipChanges(db, [...updates, ...added.map((after) => ({ after }))], { queueNew: true });
    return { added: added.length, updated: updates.length };
  });
}
