import type { Clip } from '../../../utils/db/clip';
import { getDb } from '../../../utils/db/schema';
import { passesFilters } from '../../../utils/search/filters';
import { parseQuery } from '../../../utils/search/query';
import { scanText, termRegex } from '../../../scripts/bench/search-plain-scan';

/** Ids a plain scan over every stored clip returns for a query (the reference for index results). */
export async function scanIds(query: string): Promise<number[]> {
  const q = parseQuery(query);
  const terms = q.terms.map(termRegex);
  const excludes = q.excludes.map(termRegex);
  const clips: Clip[] = await getDb().clips.toArray();
  return clips
    .filter((clip) => {
      const folded = scanText(clip);
      return passesFilters(clip, q) && terms.every((r) => r.test(folded)) && !excludes.some((r) => r.test(folded));
    })
    .map((c) => c.id)
    .sort((a, b) => a - b);
}
