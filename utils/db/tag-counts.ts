import { getDb } from './schema';
import type { TagRow } from './search-rows';
import { tagKey } from './tag-key';

/** A tag in use and how many clips carry it. */
export interface TagCount {
  /** Case-folded identity (what tag: filters and the summaries index use). */
  key: string;
  /** Display spelling. */
  name: string;
  count: number;
}

function toCount(row: TagRow): TagCount {
  return { key: row.key, name: row.name, count: row.count };
}

function byUse(a: TagCount, b: TagCount): number {
  return b.count - a.count || a.name.localeCompare(b.name);
}

/** Every tag in use with its clip count, most used first. */
export async function tagCounts(): Promise<TagCount[]> {
  return (await getDb().tagIndex.toArray()).map(toCount).sort(byUse);
}

/** How many clips carry a tag (0 if none): the count a rename/merge/delete dialog shows. */
export async function tagUsage(tag: string): Promise<number> {
  return (await getDb().tagIndex.get(tagKey(tag)))?.count ?? 0;
}

/**
 * Autocomplete: tags starting with the typed prefix (case-insensitive), then tags with a later
 * word starting with it ("learn" → "machine learning"), most used first.
 */
export async function suggestTags(prefix: string, limit = 10, exclude: readonly string[] = []): Promise<TagCount[]> {
  const db = getDb();
  const key = tagKey(prefix);
  const skip = new Set(exclude.map(tagKey));
  if (!key) {
    const top = await db.tagIndex.orderBy('count').reverse().limit(limit + skip.size).toArray();
    return top.map(toCount).filter((t) => !skip.has(t.key)).slice(0, limit);
  }
  const starts = (await db.tagIndex.where('key').startsWith(key).toArray()).map(toCount).filter((t) => !skip.has(t.key)).sort(byUse);
  if (starts.length >= limit) return starts.slice(0, limit);
  // Word starts inside multi-word tags need a scan; tag tables are small (hundreds to thousands).
  const seen = new Set(starts.map((t) => t.key));
  const inner = (await db.tagIndex.toArray())
    .filter((row) => !seen.has(row.key) && !skip.has(row.key) && row.key.split(/[\s\-_/]+/).slice(1).some((w) => w.startsWith(key)))
    .map(toCount)
    .sort(byUse);
  return [...starts, ...inner].slice(0, limit);
}
