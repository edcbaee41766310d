/** The best candidates, best first: ids with their scores, and how many candidates there were. */
export interface Candidates {
  ids: Int32Array;
  scores: Float64Array;
  /** Every clip that satisfied the query's units (ids holds at most the requested number). */
  total: number;
}

/**
 * Pick the `limit` best clips from dense per-clip arrays (clip c is a candidate when
 * matched[c] === round), ordered by score, then newer id first — ids grow with clip time, so this
 * is the recency tie-break. A bounded min-heap: most candidates cost one comparison, and nothing
 * proportional to the candidate count is allocated (a common word matches half the library).
 */
export function selectTop(matched: Uint8Array, score: Float64Array, round: number, limit: number): Candidates {
  const size = matched.length;
  let total = 0;
  if (round === 0) return { ids: new Int32Array(0), scores: new Float64Array(0), total };
  const cap = Math.max(0, Math.min(limit, size));
  const heapIds = new Int32Array(cap);
  const heapScores = new Float64Array(cap);
  let n = 0;
  // Heap order: the worst kept candidate at the root. Ids arrive ascending, so on equal scores a
  // later id is better.
  const worse = (i: number, j: number): boolean => {
    const si = heapScores[i] ?? 0;
    const sj = heapScores[j] ?? 0;
    return si < sj || (si === sj && (heapIds[i] ?? 0) < (heapIds[j] ?? 0));
  };
  const swap = (i: number, j: number): void => {
    const id = heapIds[i] ?? 0;
    const s = heapScores[i] ?? 0;
    heapIds[i] = heapIds[j] ?? 0;
    heapScores[i] = heapScores[j] ?? 0;
    heapIds[j] = id;
    heapScores[j] = s;
  };
  const down = (start: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && worse(l, m)) m = l;
      if (r < n && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let c = 0; c < size; c++) {
    if (matched[c] !== round) continue;
    total++;
    if (cap === 0) continue;
    const s = score[c] ?? 0;
    if (n < cap) {
      heapIds[n] = c;
      heapScores[n] = s;
      let i = n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (s >= (heapScores[0] ?? 0)) {
      // Equal score: c is newer than every kept id, so it wins the tie.
      heapIds[0] = c;
      heapScores[0] = s;
      down(0);
    }
  }
  // Drain worst-first into the tail: the result is best-first.
  const ids = new Int32Array(n);
  const scores = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    ids[k] = heapIds[0] ?? 0;
    scores[k] = heapScores[0] ?? 0;
    n--;
    heapIds[0] = heapIds[n] ?? 0;
    heapScores[0] = heapScores[n] ?? 0;
    down(0);
  }
  return { ids, scores, total };
}
