import { bm25, idf, normTable } from './bm25';
import { forEachPosting, normOf, postingCount } from './postings';
import { selectTop, type Candidates } from './ranked-order';
import { scratchBytes, scratchFloats } from './scratch';
import type { Unit } from './plan';

/** A unit's postings as read from one snapshot: run lists (valid where live[key] === slot) and delta postings. */
export interface UnitPostings {
  unit: Unit;
  sources: { slot: number; list: Uint8Array }[];
  delta: { key: number; tf: number; len: number }[];
}

/** What ranking needs besides the postings. */
export interface RankContext {
  /** Scoring arrays are indexed by clip id: maxClipId + 1. */
  size: number;
  /** Per clip: bit p set = part p's run postings are superseded by a delta row. */
  masked: Uint8Array;
  /** Live slot per doc key: a run posting counts only where live[key] is its run's slot. */
  live: Uint8Array;
  /** Length norm per doc key (for run postings; delta postings carry their length). */
  norms: Uint8Array;
  docCount: number;
  averageLengths: [number, number];
}


function unitSize(u: UnitPostings): number {
  let n = u.delta.length;
  for (const s of u.sources) n += postingCount(s.list);
  return n;
}

/**
 * Intersect and score with dense arrays indexed by clip id: `matched[c]` counts the units clip c
 * has satisfied so far (a clip is only counted in unit u if it met units 0..u-1), which makes the
 * AND a single pass per posting list; the rarest units go first. Returns the `limit` best.
 */
export function rankCandidates(units: readonly UnitPostings[], ctx: RankContext, limit: number): Candidates {
  const positive = units.filter((u) => u.unit.role !== 'exclude').map((u) => ({ u, df: unitSize(u) }));
  positive.sort((a, b) => a.df - b.df);
  const { size, masked, live, norms } = ctx;
  const matched = scratchBytes(0, size);
  const score = scratchFloats(size);
  const denominators = [normTable(ctx.averageLengths[0]), normTable(ctx.averageLengths[1])];
  let round = 0;
  for (const { u, df } of positive) {
    const next = round + 1;
    const weight = u.unit.role === 'score' ? idf(df, ctx.docCount) : 0;
    let hits = 0;
    const visit = (key: number, tf: number, norm: number, slot: number): void => {
      const clip = key >>> 1;
      if (clip >= size) return;
      const part = key & 1;
      if (slot !== 0 && (live[key] !== slot || (masked[clip] ?? 0) & (1 << part))) return;
      const m = matched[clip];
      if (m === round) {
        matched[clip] = next;
        hits++;
      } else if (m !== next) return;
      if (weight > 0) score[clip] = (score[clip] ?? 0) + bm25(weight, tf, denominators[part]?.[norm] ?? 1);
    };
    for (const src of u.sources) {
      // Inlined varint decoding: this loop runs once per posting of every unit (100k+ at 100k clips).
      const bytes = src.list;
      const slot = src.slot;
      let i = 0;
      let count = 0;
      for (let shift = 1; ; shift *= 0x80) {
        const b = bytes[i++] ?? 0;
        count += (b & 0x7f) * shift;
        if (b < 0x80) break;
      }
      let key = 0;
      for (let p = 0; p < count; p++) {
        let b = bytes[i++] ?? 0;
        if (b < 0x80) key += b;
        else {
          let v = b & 0x7f;
          for (let shift = 0x80; ; shift *= 0x80) {
            b = bytes[i++] ?? 0;
            v += (b & 0x7f) * shift;
            if (b < 0x80) break;
          }
          key += v;
        }
        let tf = bytes[i++] ?? 0;
        if (tf >= 0x80) {
          let v = tf & 0x7f;
          for (let shift = 0x80; ; shift *= 0x80) {
            const c = bytes[i++] ?? 0;
            v += (c & 0x7f) * shift;
            if (c < 0x80) break;
          }
          tf = v;
        }
        visit(key, tf, norms[key] ?? 0, slot);
      }
    }
    for (const d of u.delta) visit(d.key, d.tf, normOf(d.len), 0);
    round = next;
    if (hits === 0) return { ids: new Int32Array(0), scores: new Float64Array(0), total: 0 };
  }
  for (const u of units) {
    if (u.unit.role !== 'exclude') continue;
    for (const src of u.sources) {
      forEachPosting(src.list, (key) => {
        const clip = key >>> 1;
        if (clip < size && live[key] === src.slot && !((masked[clip] ?? 0) & (1 << (key & 1)))) matched[clip] = 0;
      });
    }
    for (const d of u.delta) if (d.key >>> 1 < size) matched[d.key >>> 1] = 0;
  }
  return selectTop(matched, score, round, limit);
}
