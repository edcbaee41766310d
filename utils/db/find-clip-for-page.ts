import type { Clip } from './clip';
import { getDb } from './schema';

/** The clip of a page, looked up by any of its URLs (canonical or as visited). */
export async function findClipForPage(urls: readonly string[]): Promise<Clip | undefined> {
  const db = getDb();
  const wanted = urls.filter((u) => u.length > 0);
  if (wanted.length === 0) return undefined;
  return (
    (await db.clips.where('canonicalUrl').anyOf(wanted).first()) ??
    (await db.clips.where('url').anyOf(wanted).first())
  );
}
