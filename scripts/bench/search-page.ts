/**
 * The in-page half of `npm run bench:search`, bundled by esbuild and run in headless Chromium on a
 * 127.0.0.1 page (IndexedDB on disk). Exposes `window.searchBench`; the Node half drives it.
 * Uses only the production APIs (importClips, runSearchMaintenance, searchLibrary, saveClip …).
 */
import { saveClip } from '../../utils/db/clips';
import { importClips, type ImportedClip } from '../../utils/db/import-clips';
import { getDb } from '../../utils/db/schema';
import { parseQuery } from '../../utils/search/query';
import { runSearchMaintenance, searchClipIds, searchLibrary } from '../../utils/search';
import { makeSyntheticClip } from './search-corpus';
import { scanMatches, scanText, termRegex } from './search-plain-scan';

function draftOf(clip: ImportedClip) {
  const { tags: _t, note: _n, clippedAt: _c, updatedAt: _u, ...draft } = clip;
  return draft;
}

const bench = {
  /** Generate clips [start, start+count) and import them in batches; ms split into generate/write. */
  async importRange(start: number, count: number, batch = 500) {
    let generateMs = 0;
    let writeMs = 0;
    let chars = 0;
    for (let i = start; i < start + count; i += batch) {
      const t0 = performance.now();
      const clips = Array.from({ length: Math.min(batch, start + count - i) }, (_, k) => makeSyntheticClip(i + k));
      for (const c of clips) chars += c.text.length + c.html.length + c.markdown.length;
      const t1 = performance.now();
      await importClips(clips);
      writeMs += performance.now() - t1;
      generateMs += t1 - t0;
    }
    return { generateMs, writeMs, chars };
  },

  /** Run maintenance until every queued clip is indexed and the delta is merged. */
  async buildIndex() {
    const t0 = performance.now();
    for (;;) {
      const status = await runSearchMaintenance({ budgetMs: 600_000 });
      if (status.ready && status.pending === 0) break;
    }
    return performance.now() - t0;
  },

  async storage() {
    const estimate = await navigator.storage.estimate();
    return { usage: estimate.usage ?? 0 };
  },

  /** Run each query `reps` times; returns per-query times and result counts. */
  async timeQueries(queries: string[], reps: number) {
    const out: { query: string; times: number[]; hits: number; total: number }[] = [];
    for (const query of queries) {
      const times: number[] = [];
      let hits = 0;
      let total = 0;
      for (let r = 0; r < reps; r++) {
        const t0 = performance.now();
        const result = await searchLibrary(query, { limit: 20 });
        times.push(performance.now() - t0);
        hits = result.hits.length;
        total = result.total;
      }
      out.push({ query, times, hits, total });
    }
    return out;
  },

  /** Save `count` new clips one by one (delta path), then merge the delta. */
  async saveLatency(start: number, count: number) {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await saveClip(draftOf(makeSyntheticClip(start + i)));
      times.push(performance.now() - t0);
    }
    const t0 = performance.now();
    const found = (await searchLibrary(makeSyntheticClip(start).title.split(/\s+/)[1] ?? '')).hits.length;
    const searchAfterSave = performance.now() - t0;
    const m0 = performance.now();
    await bench.buildIndex();
    return { times, mergeMs: performance.now() - m0, searchAfterSave, found };
  },

  /** Index results vs a plain scan over every clip, per query. */
  async recall(queries: string[]) {
    const parsed = queries.map((q) => parseQuery(q));
    const regexes = parsed.map((q) => ({ terms: q.terms.map(termRegex), excludes: q.excludes.map(termRegex) }));
    const scan = queries.map(() => new Set<number>());
    const t0 = performance.now();
    await getDb().clips.each((clip) => {
      const folded = scanText(clip);
      parsed.forEach((q, i) => {
        const r = regexes[i];
        if (r && scanMatches(folded, q, r)) scan[i]?.add(clip.id);
      });
    });
    const scanMs = performance.now() - t0;
    const rows: { query: string; scan: number; index: number; missing: number; extra: number; ms: number }[] = [];
    for (let i = 0; i < queries.length; i++) {
      const query = queries[i] ?? '';
      const t1 = performance.now();
      const ids = new Set(await searchClipIds(query));
      const ms = performance.now() - t1;
      const expected = scan[i] ?? new Set<number>();
      let missing = 0;
      for (const id of expected) if (!ids.has(id)) missing++;
      let extra = 0;
      for (const id of ids) if (!expected.has(id)) extra++;
      rows.push({ query, scan: expected.size, index: ids.size, missing, extra, ms });
    }
    return { rows, scanMs };
  },
};

declare global {
  interface Window {
    searchBench: typeof bench;
    openResult?: { ms: number; searchMs: number; hits: number };
  }
}

window.searchBench = bench;

// "Open → first results": a fresh page load that searches at once, like the popup does.
const openQuery = new URLSearchParams(location.search).get('open');
if (openQuery) {
  const t0 = performance.now();
  void searchLibrary(openQuery, { limit: 20 }).then((result) => {
    window.openResult = { ms: performance.now(), searchMs: performance.now() - t0, hits: result.hits.length };
  });
}
