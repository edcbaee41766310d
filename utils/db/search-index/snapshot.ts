import { lookupId, type TermLookup } from '../../search/lookup';
import { pageList, pagesFor, termsIn, type IndexPage } from '../../search/pages';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { ClipSummary } from '../clip-summary';
import { getDb, type GleanerDb } from '../schema';
import { emptyLive, readIndexState, readStats } from '../search-meta';
import { pageKey } from './run-writer';
import type { DeltaRow, LiveRow, RunRef, StatsRow } from '../search-rows';

/** How far the stored index is from the clips. */
export interface IndexStatus {
  /** Every clip is searchable through the index (nothing queued, tokenizer current). */
  ready: boolean;
  /** Clips waiting to be indexed (imports, rebuild); they do not show up in searches yet. */
  queued: number;
  /** Clip parts in the delta table (searchable; merged in the background). */
  pending: number;
  /** Runs queries read (compaction keeps this small). */
  runs: number;
  tokenizerVersion: number;
}

/** Posting lists found for a lookup in one run; a posting counts only if live[key] === slot. */
export interface RunLists {
  slot: number;
  lists: Uint8Array[];
}

/** A clip as search verifies and shows it: its summary and body text. */
export interface SearchableClip {
  summary: ClipSummary;
  text: string;
}

/** A consistent read-only view of clips and index for one search (one IndexedDB transaction). */
export interface IndexSnapshot {
  stats: StatsRow;
  status: IndexStatus;
  /** Largest clip id in the library (sizes the scoring arrays). */
  maxClipId: number;
  /** Doc keys with a delta row: what the runs hold for them is superseded. */
  deltaKeys: number[];
  /** Live slot per doc key (see LiveRow). */
  live: Uint8Array;
  /** Length norm per doc key. */
  norms: Uint8Array;
  /** The posting lists of every run for each lookup (one read for all lookups' pages). */
  readLists(lookups: readonly TermLookup[]): Promise<RunLists[][]>;
  /** Doc keys of delta rows holding a term the lookup covers. */
  deltaMatches(lookup: TermLookup): Promise<number[]>;
  /** Delta rows by doc key (missing ones dropped). */
  deltaRows(keys: readonly number[]): Promise<DeltaRow[]>;
  /** Summaries and body texts by clip id (undefined where the clip is gone). */
  getClips(ids: readonly number[]): Promise<(SearchableClip | undefined)[]>;
  /** Clip ids, most recently clipped first (all from offset when no limit). */
  recentClipIds(offset: number, limit?: number): Promise<number[]>;
}

/** Per database: run directories (immutable), the live maps of the last version seen, the last run list. */
interface Cache {
  dirs: Map<number, string[]>;
  live?: { version: number; row: LiveRow };
  runs?: RunRef[];
  /** Whether the last snapshot saw a non-empty delta / queue (decides what to read up front). */
  dirty?: { delta: boolean; queue: boolean };
}
const caches = new WeakMap<GleanerDb, Cache>();

function cacheOf(db: GleanerDb): Cache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = { dirs: new Map() }));
  return c;
}

/** Page keys each (lookup, run) needs, given the runs' directories. */
function planPages(lookups: readonly TermLookup[], runs: readonly RunRef[], dirs: ReadonlyMap<number, string[]>) {
  return lookups.map((lookup) => runs.map((run) => ({ run, pages: pagesFor(dirs.get(run.id) ?? [], lookup) })));
}

function deltaQuery(db: GleanerDb, l: TermLookup): Promise<number[]> {
  const index = db.termDelta.where('terms');
  if (l.kind === 'exact') return index.equals(l.term).primaryKeys();
  const range = l.kind === 'prefix' ? index.between(l.prefix, `${l.prefix}\uffff`, true, false) : index.between(l.from, l.to, true, true);
  return range.primaryKeys().then((keys) => [...new Set(keys)]);
}

/**
 * Run `read` against a consistent snapshot of the library and its search index (one read
 * transaction). `prefetch` names the lookups the reader will need: their pages (for the runs seen
 * last time — pages are immutable, so this is safe) and delta matches are requested together with
 * the index state, saving a round trip to the database on every query.
 */
export async function withIndexSnapshot<T>(read: (snapshot: IndexSnapshot) => Promise<T>, prefetch: readonly TermLookup[] = []): Promise<T> {
  const db = getDb();
  const cache = cacheOf(db);
  const tables = [db.clipSummaries, db.searchDocs, db.indexRuns, db.indexPages, db.termDelta, db.searchMeta, db.indexQueue];
  return db.transaction('r', tables, async () => {
    const guessed = cache.runs ? [...new Set(planPages(prefetch, cache.runs, cache.dirs).flat().flatMap(({ run, pages }) => pages.map((p) => pageKey(run.id, p))))] : [];
    // The delta and the queue are usually empty (stats says so); read them up front only when the
    // last snapshot saw them non-empty, else only if this snapshot's stats say they are.
    const expect = cache.dirty ?? { delta: true, queue: true };
    const [stats, state, earlyDeltaKeys, earlyQueued, prefetchedPages, prefetchedDelta] = await Promise.all([
      readStats(db),
      readIndexState(db),
      expect.delta ? db.termDelta.toCollection().primaryKeys() : undefined,
      expect.queue ? db.indexQueue.limit(1).primaryKeys() : undefined,
      guessed.length > 0 ? db.indexPages.bulkGet(guessed) : [],
      expect.delta ? Promise.all(prefetch.map((l) => deltaQuery(db, l))) : undefined,
    ]);
    cache.runs = state.runs;
    cache.dirty = { delta: stats.deltaDirty, queue: stats.queueDirty };
    const [deltaKeys, queued] = await Promise.all([
      stats.deltaDirty ? (earlyDeltaKeys ?? db.termDelta.toCollection().primaryKeys()) : [],
      stats.queueDirty ? (earlyQueued ?? db.indexQueue.limit(1).primaryKeys()) : [],
    ]);
    const pageCache = new Map<number, IndexPage>();
    guessed.forEach((key, i) => {
      const page = prefetchedPages[i];
      if (page) pageCache.set(key, page);
    });
    const deltaCache = new Map(prefetchedDelta ? prefetch.map((l, i) => [lookupId(l), prefetchedDelta[i] ?? []]) : []);
    const missing = state.runs.map((r) => r.id).filter((id) => !cache.dirs.has(id));
    const [dirs, liveRow] = await Promise.all([
      missing.length > 0 ? db.indexRuns.bulkGet(missing) : [],
      cache.live?.version === state.liveVersion ? undefined : db.searchMeta.get('live'),
    ]);
    dirs.forEach((d, i) => cache.dirs.set(missing[i] ?? 0, d?.firstTerms ?? []));
    if (liveRow?.key === 'live') cache.live = { version: state.liveVersion, row: liveRow };
    else if (cache.live?.version !== state.liveVersion) cache.live = { version: state.liveVersion, row: emptyLive() };
    const live = cache.live?.row ?? emptyLive();
    const current = state.tokenizerVersion === TOKENIZER_VERSION;
    const queuedCount = queued.length === 0 ? 0 : await db.indexQueue.count();

    const snapshot: IndexSnapshot = {
      stats,
      status: {
        ready: current && queuedCount === 0,
        queued: current ? queuedCount : stats.clipCount,
        pending: deltaKeys.length,
        runs: state.runs.length,
        tokenizerVersion: state.tokenizerVersion,
      },
      maxClipId: stats.maxClipId,
      deltaKeys,
      live: live.slots,
      norms: live.norms,
      async readLists(lookups) {
        const plan = planPages(lookups, state.runs, cache.dirs);
        const wanted = new Set<number>();
        for (const perRun of plan) for (const { run, pages } of perRun) for (const p of pages) wanted.add(pageKey(run.id, p));
        const fetch = [...wanted].filter((key) => !pageCache.has(key));
        const fetched = fetch.length > 0 ? await db.indexPages.bulkGet(fetch) : [];
        fetch.forEach((key, i) => {
          const page = fetched[i];
          if (page) pageCache.set(key, page);
        });
        return plan.map((perRun, l) =>
          perRun.map(({ run, pages: nums }) => {
            const lookup = lookups[l];
            const lists: Uint8Array[] = [];
            for (const p of nums) {
              const page = pageCache.get(pageKey(run.id, p));
              if (page && lookup) for (const i of termsIn(page, lookup)) lists.push(pageList(page, i));
            }
            return { slot: run.slot, lists };
          }),
        );
      },
      async deltaMatches(l) {
        if (deltaKeys.length === 0) return [];
        return deltaCache.get(lookupId(l)) ?? deltaQuery(db, l);
      },
      async deltaRows(keys) {
        const rows = await db.termDelta.bulkGet([...keys]);
        return rows.filter((r): r is DeltaRow => r !== undefined);
      },
      async getClips(ids) {
        const docs = await db.searchDocs.bulkGet([...ids]);
        return docs.map((d) => (d ? { summary: d.summary, text: d.text } : undefined));
      },
      recentClipIds: (offset, limit) => {
        const ordered = db.clipSummaries.orderBy('clippedAt').reverse().offset(offset);
        return (limit === undefined ? ordered : ordered.limit(limit)).primaryKeys();
      },
    };
    return read(snapshot);
  });
}

/** Current index status (for a "still indexing" hint in the UI). */
export async function readIndexStatus(): Promise<IndexStatus> {
  return withIndexSnapshot(async (s) => s.status);
}
