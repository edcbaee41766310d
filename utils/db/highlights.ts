import type { HighlightColor, Highlight, HighlightTarget } from '../highlights/types';
import { changeTables } from './clip-change';
import { syncHighlightText } from './highlight-text';
import { getDb, type GleanerDb } from './schema';

/** Tables of a highlight write: the highlight and its clip's search text commit together. */
function writeTables(db: GleanerDb) {
  return [...changeTables(db), db.highlights];
}

/** What the reader sends to create a highlight. */
export interface NewHighlight extends HighlightTarget {
  clipId: number;
  color: HighlightColor;
  note?: string;
}

/** What may change on a highlight after it was made. */
export interface HighlightPatch {
  color?: HighlightColor;
  note?: string;
}

/** Highlights in reading order: by position, orphans (whose position is stale) last. */
export function byPosition(a: Highlight, b: Highlight): number {
  return Number(a.orphaned) - Number(b.orphaned) || a.position.start - b.position.start || a.id - b.id;
}

/** Add a highlight to a clip; throws when the clip does not exist. */
export async function addHighlight(input: NewHighlight, now: number = Date.now()): Promise<Highlight> {
  const db = getDb();
  return db.transaction('rw', writeTables(db), async () => {
    if (!(await db.clips.get(input.clipId))) throw new Error(`No clip with id ${input.clipId}`);
    const row: Omit<Highlight, 'id'> = {
      clipId: input.clipId,
      color: input.color,
      note: input.note ?? '',
      quote: input.quote,
      position: input.position,
      orphaned: false,
      createdAt: now,
      updatedAt: now,
    };
    const id = await db.highlights.add(row as Highlight);
    await syncHighlightText(db, [input.clipId]);
    return { ...row, id };
  });
}

/** Recolour a highlight or change its note; resolves to the highlight (throws when missing). */
export async function updateHighlight(id: number, patch: HighlightPatch, now: number = Date.now()): Promise<Highlight> {
  const db = getDb();
  return db.transaction('rw', writeTables(db), async () => {
    const existing = await db.highlights.get(id);
    if (!existing) throw new Error(`No highlight with id ${id}`);
    const next: Highlight = { ...existing, ...patch, updatedAt: now };
    await db.highlights.put(next);
    await syncHighlightText(db, [next.clipId]);
    return next;
  });
}

/** Delete a highlight; resolves to the deleted highlight (to undo), or undefined. */
export async function deleteHighlight(id: number): Promise<Highlight | undefined> {
  const db = getDb();
  return db.transaction('rw', writeTables(db), async () => {
    const existing = await db.highlights.get(id);
    if (existing) {
      await db.highlights.delete(id);
      await syncHighlightText(db, [existing.clipId]);
    }
    return existing;
  });
}

/** One clip's highlights in reading order. */
export async function clipHighlights(clipId: number): Promise<Highlight[]> {
  return (await getDb().highlights.where('clipId').equals(clipId).toArray()).sort(byPosition);
}

/** Highlights of several clips (export), grouped by clip id, each group in reading order. */
export async function highlightsByClip(clipIds: readonly number[]): Promise<Map<number, Highlight[]>> {
  const rows = await getDb().highlights.where('clipId').anyOf([...clipIds]).toArray();
  const out = new Map<number, Highlight[]>();
  for (const row of rows.sort(byPosition)) {
    const list = out.get(row.clipId) ?? [];
    list.push(row);
    out.set(row.clipId, list);
  }
  return out;
}

/** Every highlight in the library, newest first (the Highlights view, backups). */
export async function allHighlights(): Promise<Highlight[]> {
  return (await getDb().highlights.orderBy('createdAt').toArray()).reverse();
}

/** Highlight count per clip id, for the clips that have any (keys-only index read). */
export async function highlightCounts(clipIds?: readonly number[]): Promise<Map<number, number>> {
  const table = getDb().highlights;
  const keys = clipIds ? await table.where('clipId').anyOf([...clipIds]).keys() : await table.orderBy('clipId').keys();
  const counts = new Map<number, number>();
  for (const key of keys) if (typeof key === 'number') counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
