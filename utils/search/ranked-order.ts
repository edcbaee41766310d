import type { Candidates } from './rank';

/**
 * Yields candidate indexes best first (score desc, then newer id first — ids grow with clip time,
 * so this is the recency tie-break) without sorting everything: a binary heap, popped lazily.
 */
export class RankedOrder {
  private heap: Int32Array;
  private n: number;

  constructor(private readonly c: Candidates) {
    this.n = c.ids.length;
    this.heap = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) this.heap[i] = i;
    for (let i = (this.n >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private better(a: number, b: number): boolean {
    const sa = this.c.scores[a] ?? 0;
    const sb = this.c.scores[b] ?? 0;
    return sa > sb || (sa === sb && (this.c.ids[a] ?? 0) > (this.c.ids[b] ?? 0));
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.n && this.better(h[l] ?? 0, h[best] ?? 0)) best = l;
      if (r < this.n && this.better(h[r] ?? 0, h[best] ?? 0)) best = r;
      if (best === i) return;
      const t = h[i] ?? 0;
      h[i] = h[best] ?? 0;
      h[best] = t;
      i = best;
    }
  }

  /** Remaining candidates. */
  get remaining(): number {
    return this.n;
  }

  /** Up to `count` next best candidates as [clip id, score]. */
  take(count: number): [number, number][] {
    const out: [number, number][] = [];
    while (out.length < count && this.n > 0) {
      const top = this.heap[0] ?? 0;
      out.push([this.c.ids[top] ?? 0, this.c.scores[top] ?? 0]);
      this.n--;
      this.heap[0] = this.heap[this.n] ?? 0;
      this.down(0);
    }
    return out;
  }
}
