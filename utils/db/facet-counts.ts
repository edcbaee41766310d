import { getDb } from './schema';

/** A filter value present in the library and how many clips have it. */
export interface FacetCount {
  value: string;
  count: number;
}

async function countIndex(index: 'host' | 'lang'): Promise<FacetCount[]> {
  // Keys-only read of one index (no rows): ~100k short strings at 100k clips.
  const keys = await getDb().clipSummaries.orderBy(index).keys();
  const counts = new Map<string, number>();
  for (const key of keys) if (typeof key === 'string' && key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Sites (hosts without "www.") in the library, most clipped first. */
export async function siteCounts(): Promise<FacetCount[]> {
  return countIndex('host');
}

/** Languages (primary subtags, "und" = unknown) in the library, most clipped first. */
export async function languageCounts(): Promise<FacetCount[]> {
  return countIndex('lang');
}
