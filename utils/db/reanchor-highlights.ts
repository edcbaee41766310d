import { CodePointIndex } from '../highlights/code-points';
import { normalizeText } from '../highlights/normalize';
import { reanchorTarget } from '../highlights/reanchor';
import type { Highlight } from '../highlights/types';
import type { GleanerDb } from './schema';

/** What re-anchoring one clip's highlights did. */
export interface ReanchorSummary {
  anchored: number;
  orphaned: number;
}

/**
 * Re-anchor a clip's highlights in its new text (re-clip, Update clip). Runs inside the caller's
 * transaction, which must include `db.highlights`. Highlights that cannot be found are kept with
 * their old selectors and flagged orphaned; one found again later is un-flagged.
 */
export async function reanchorClipHighlights(db: GleanerDb, clipId: number, text: string, now: number): Promise<ReanchorSummary> {
  const highlights = await db.highlights.where('clipId').equals(clipId).toArray();
  const summary: ReanchorSummary = { anchored: 0, orphaned: 0 };
  if (highlights.length === 0) return summary;
  const normalized = normalizeText(text);
  const index = new CodePointIndex(normalized);
  const updated: Highlight[] = [];
  for (const highlight of highlights) {
    const result = reanchorTarget(normalized, highlight, index);
    if (result.orphaned) {
      summary.orphaned++;
      if (!highlight.orphaned) updated.push({ ...highlight, orphaned: true, updatedAt: now });
      continue;
    }
    summary.anchored++;
    const { quote, position } = result.target;
    const same = !highlight.orphaned && quote.exact === highlight.quote.exact && quote.prefix === highlight.quote.prefix &&
      quote.suffix === highlight.quote.suffix && position.start === highlight.position.start && position.end === highlight.position.end;
    if (!same) updated.push({ ...highlight, quote, position, orphaned: false, updatedAt: now });
  }
  if (updated.length > 0) await db.highlights.bulkPut(updated);
  return summary;
}
