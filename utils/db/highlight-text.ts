import type { Highlight } from '../highlights/types';
import type { Clip } from './clip';
import { recordClipChanges } from './clip-change';
import type { GleanerDb } from './schema';

/** What search indexes of a clip's highlights: every quote and note, one a line. */
export function highlightTextOf(highlights: readonly Pick<Highlight, 'quote' | 'note'>[]): string {
  return highlights.flatMap((h) => [h.quote.exact, h.note.trim()]).filter(Boolean).join('\n');
}

/**
 * Bring clips' `highlightText` (and so their search index, summaries and the library revision) in
 * step with their highlights. Runs inside the caller's transaction over changeTables(db) + highlights.
 */
export async function syncHighlightText(db: GleanerDb, clipIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(clipIds)];
  if (ids.length === 0) return;
  const [clips, rows] = await Promise.all([db.clips.bulkGet(ids), db.highlights.where('clipId').anyOf(ids).toArray()]);
  const changes: { before: Clip; after: Clip }[] = [];
  for (const before of clips) {
    if (!before) continue;
    const text = highlightTextOf(rows.filter((h) => h.clipId === before.id).sort((a, b) => a.position.start - b.position.start));
    if ((before.highlightText ?? '') === text) continue;
    const after: Clip = { ...before };
    if (text) after.highlightText = text;
    else delete after.highlightText;
    changes.push({ before, after });
  }
  if (changes.length === 0) return;
  await db.clips.bulkPut(changes.map((c) => c.after));
  await recordClipChanges(db, changes);
}
