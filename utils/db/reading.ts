import type { Clip } from './clip';
import { updateClips } from './clip-update';
import { readingOf, type ReadingStatus } from './reading-status';
import { getDb } from './schema';

/** A change of reading fields: only the given ones change. */
export interface ReadingPatch {
  status?: ReadingStatus;
  favorite?: boolean;
}

/** Set the reading status and/or favourite flag of clips; resolves to how many changed. */
export async function setReading(ids: readonly number[], patch: ReadingPatch, now: number = Date.now()): Promise<number> {
  const changed = await updateClips(
    ids,
    (clip): Clip | undefined => {
      const reading = readingOf(clip);
      const status = patch.status ?? reading.status;
      const favorite = patch.favorite ?? reading.favorite;
      if (status === reading.status && favorite === reading.favorite && clip.status !== undefined) return undefined;
      return { ...clip, ...reading, status, favorite };
    },
    now,
  );
  return changed.length;
}

/** How many clips are unread, archived, favourite and placeholders (the library's counts). */
export interface ReadingCounts {
  unread: number;
  archived: number;
  favorite: number;
  placeholder: number;
}

/** The reading counts, from the summaries' indexes (no rows read). */
export async function readingCounts(): Promise<ReadingCounts> {
  const db = getDb();
  return db.transaction('r', [db.clipSummaries], async () => {
    const s = db.clipSummaries;
    const [unread, archived, favorite, placeholder] = await Promise.all([
      s.where('status').equals('unread').count(),
      s.where('status').equals('archived').count(),
      s.where('flags').equals('favorite').count(),
      s.where('flags').equals('placeholder').count(),
    ]);
    return { unread, archived, favorite, placeholder };
  });
}
