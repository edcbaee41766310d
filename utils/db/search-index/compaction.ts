import { pickCompaction } from '../../search/compaction-policy';
import { pageList, PageBuilder, pageTerm, type IndexPage } from '../../search/pages';
import { forEachPosting, postingCount } from '../../search/postings';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { GleanerDb } from '../schema';
import { readIndexState, readLive } from '../search-meta';
import type { RunRef } from '../search-rows';
import { deleteRun, moveLive, pageKey, reserveRun, writePages } from './run-writer';

/** Pages read per request from each input run, and written per transaction. */
const READ_PAGES = 16;
const WRITE_PAGES = 32;

/** Reads one input run's pages in order, a batch at a time (runs are immutable). */
class RunCursor {
  private pages: IndexPage[] = [];
  private page = 0;
  private index = 0;
  private next = 0;

  constructor(
    private readonly db: GleanerDb,
    readonly ref: RunRef,
    private readonly pageCount: number,
  ) {}

  /** Load pages until a term is available; false at the end. */
  async ready(): Promise<boolean> {
    while (this.page >= this.pages.length || this.index >= (this.pages[this.page]?.termEnds.length ?? 0)) {
      if (this.page < this.pages.length) {
        this.page++;
        this.index = 0;
        continue;
      }
      if (this.next >= this.pageCount) return false;
      const keys: number[] = [];
      for (let p = this.next; p < Math.min(this.pageCount, this.next + READ_PAGES); p++) keys.push(pageKey(this.ref.id, p));
      const loaded = await this.db.indexPages.bulkGet(keys);
      if (loaded.some((p) => p === undefined)) throw new Error(`run ${this.ref.id} vanished during compaction`);
      this.pages = loaded.filter((p): p is IndexPage => p !== undefined);
      this.page = 0;
      this.index = 0;
      this.next += keys.length;
    }
    return true;
  }

  get term(): string {
    const page = this.pages[this.page];
    return page ? pageTerm(page, this.index) : '';
  }

  get list(): Uint8Array {
    const page = this.pages[this.page];
    return page ? pageList(page, this.index) : new Uint8Array(0);
  }

  advance(): void {
    this.index++;
  }
}

/** Merge ascending flat [key, tf] lists (doc keys are disjoint across runs' live postings). */
function mergeSorted(lists: number[][]): number[] {
  let merged = lists[0] ?? [];
  for (let l = 1; l < lists.length; l++) {
    const other = lists[l] ?? [];
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < merged.length || j < other.length) {
      const takeMerged = j >= other.length || (i < merged.length && (merged[i] ?? 0) < (other[j] ?? 0));
      const src = takeMerged ? merged : other;
      const k = takeMerged ? i : j;
      out.push(src[k] ?? 0, src[k + 1] ?? 0);
      if (takeMerged) i += 2;
      else j += 2;
    }
    merged = out;
  }
  return merged;
}

/** The live postings of a list as flat pairs, and whether any were stale. */
function livePostings(list: Uint8Array, slot: number, live: Uint8Array): { flat: number[]; stale: boolean } {
  const flat: number[] = [];
  let stale = false;
  forEachPosting(list, (key, tf) => {
    if (live[key] === slot) flat.push(key, tf);
    else stale = true;
  });
  return { flat, stale };
}

/** Drop runs left "building" by a compaction whose context died (call with maintenance exclusive). */
export async function dropAbandonedRuns(db: GleanerDb): Promise<void> {
  await db.transaction('rw', [db.indexRuns, db.indexPages, db.searchMeta], async () => {
    const state = await readIndexState(db);
    if (state.building.length === 0) return;
    for (const ref of state.building) await deleteRun(db, ref.id);
    await db.searchMeta.put({ ...state, building: [] });
  });
}

/**
 * Merge a few runs into one (see compaction-policy.ts), dropping stale postings. The new run is
 * written in several short transactions while invisible to queries, then swapped in atomically.
 * Resolves to whether a compaction happened.
 */
export async function compactRuns(db: GleanerDb): Promise<boolean> {
  const plan = await db.transaction('rw', [db.searchMeta], async () => {
    const state = await readIndexState(db);
    if (state.tokenizerVersion !== TOKENIZER_VERSION || state.building.length > 0) return undefined;
    const ids = pickCompaction(state.runs);
    if (!ids) return undefined;
    const inputs = state.runs.filter((r) => ids.includes(r.id));
    const out = reserveRun(state, inputs.reduce((n, r) => n + r.postings, 0));
    state.building.push(out);
    await db.searchMeta.put(state);
    return { inputs, out };
  });
  if (!plan) return false;
  const { inputs, out } = plan;
  const [live, dirs] = await Promise.all([readLive(db), db.indexRuns.bulkGet(inputs.map((r) => r.id))]);
  const cursors = inputs.map((ref, i) => new RunCursor(db, ref, dirs[i]?.firstTerms.length ?? 0));
  const builder = new PageBuilder();
  const flushPages = async (): Promise<void> => {
    const { first, pages } = builder.drain();
    if (pages.length > 0) await db.transaction('rw', [db.indexPages], () => writePages(db, out.id, first, pages));
  };
  let active = (await Promise.all(cursors.map(async (c) => ((await c.ready()) ? c : undefined)))).filter((c): c is RunCursor => c !== undefined);
  while (active.length > 0) {
    let term = active[0]?.term ?? '';
    for (const c of active) if (c.term < term) term = c.term;
    const sources = active.filter((c) => c.term === term);
    const lists: number[][] = [];
    let dropped = false;
    for (const c of sources) {
      const { flat, stale } = livePostings(c.list, c.ref.slot, live.slots);
      dropped ||= stale;
      if (flat.length > 0) lists.push(flat);
    }
    const only = sources[0];
    // A list with nothing stale is copied as encoded bytes.
    if (sources.length === 1 && !dropped && only) builder.addEncoded(term, only.list, postingCount(only.list));
    else if (lists.length > 0) builder.add(term, mergeSorted(lists));
    for (const c of sources) c.advance();
    active = (await Promise.all(active.map(async (c) => ((await c.ready()) ? c : undefined)))).filter((c): c is RunCursor => c !== undefined);
    if (builder.pages.length >= WRITE_PAGES) await flushPages();
  }
  builder.flush();
  await flushPages();

  return db.transaction('rw', [db.indexRuns, db.indexPages, db.searchMeta], async () => {
    const state = await readIndexState(db);
    const current = new Set(state.runs.map((r) => r.id));
    const stillOurs = state.building.some((r) => r.id === out.id) && inputs.every((r) => current.has(r.id));
    state.building = state.building.filter((r) => r.id !== out.id);
    if (!stillOurs) {
      await deleteRun(db, out.id);
      await db.searchMeta.put(state);
      return false;
    }
    const slots = new Set(inputs.map((r) => r.slot));
    const latest = await readLive(db);
    const position = state.runs.findIndex((r) => slots.has(r.slot));
    state.runs = state.runs.filter((r) => !slots.has(r.slot));
    state.runs.splice(Math.max(0, position), 0, { ...out, postings: builder.postings });
    state.liveVersion++;
    await db.indexRuns.put({ id: out.id, firstTerms: builder.firstTerms });
    for (const ref of inputs) await deleteRun(db, ref.id);
    await db.searchMeta.bulkPut([state, moveLive(latest, slots, out.slot)]);
    return true;
  });
}
