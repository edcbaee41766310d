import { lookupId, type TermLookup } from '../../search/lookup';
import { pageList, pagesFor, termsIn, type IndexPage } from '../../search/pages';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { ClipSummary } from '../clip-summary';
import { readNative, type NativeReader } from '../native-read';
import { getDb, type GleanerDb } from '../schema';
import { emptyIndexState, emptyLive } from '../search-meta';
import { pageKey } from './run-writer';
import { emptyStats, type DeltaRow, type IndexStateRow, type LiveRow, type RunRef, type RunRow, type SearchDocRow, type SearchMetaRow, type StatsRow } from '../search-rows';

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

const numbers = (keys: readonly IDBValidKey[]): number[] => keys.filter((k): k is number => typeof k === 'number');

function deltaQuery(r: NativeReader, l: TermLookup): Promise<number[]> {
  const range =
    l.kind === 'exact'
      ? IDBKeyRange.only(l.term)
      : l.kind === 'prefix'
        ? IDBKeyRange.bound(l.prefix, `${l.prefix}\uffff`, false, true)
        : IDBKeyRange.bound(l.from, l.to, false, false);
  // A multi-entry index lists a row once per matching term: dedupe.
  return r.keys('termDelta', range, { index: 'terms' }).then((keys) => [...new Set(numbers(keys))]);
}

function statsOf(row: SearchMetaRow | undefined): StatsRow {
  return row?.key === 'stats' ? row : emptyStats();
}

function stateOf(row: SearchMetaRow | undefined): IndexStateRow {
  return row?.key === 'index' ? row : emptyIndexState();
}

const STORES = ['clipSummaries', 'searchDocs', 'indexRuns', 'indexPages', 'termDelta', 'searchMeta', 'indexQueue'] as const;

/**
 * Run `read` against a consistent snapshot of the library and its search index (one read
 * transaction, driven natively: see native-read.ts). `prefetch` names the lookups the reader will
 * need: their pages (for the runs seen last time — pages are immutable, so this is safe) and delta
 * matches are requested together with the index state, saving a round trip on every query.
 */
export async function withIndexSnapshot<T>(read: (snapshot: IndexSnapshot) => Promise<T>, prefetch: readonly TermLookup[] = []): Promise<T> {
  const db = getDb();
  const cache = cacheOf(db);
  return readNative(db, STORES, async (r) => {
    const guessed = cache.runs ? [...new Set(planPages(prefetch, cache.runs, cache.dirs).flat().flatMap(({ run, pages }) => pages.map((p) => pageKey(run.id, p))))] : [];
    // The delta and the queue are usually empty (stats says so); read them up front only when the
    // last snapshot saw them non-empty, else only if this snapshot's stats say they are.
    const expect = cache.dirty ?? { delta: true, queue: true };
    const [statsRow, stateRow, earlyDeltaKeys, earlyQueued, prefetchedPages, prefetchedDelta] = await Promise.all([
      r.get<SearchMetaRow>('searchMeta', 'stats'),
      r.get<SearchMetaRow>('searchMeta', 'index'),
      expect.delta ? r.keys('termDelta') : undefined,
      expect.queue ? r.keys('indexQueue', null, { count: 1 }) : undefined,
      r.getMany<IndexPage>('indexPages', guessed),
      expect.delta ? Promise.all(prefetch.map((l) => deltaQuery(r, l))) : undefined,
    ]);
    const stats = statsOf(statsRow);
    const state = stateOf(stateRow);
    cache.runs = state.runs;
    cache.dirty = { delta: stats.deltaDirty, queue: stats.queueDirty };
    const [deltaKeys, queued] = await Promise.all([
      stats.deltaDirty ? (earlyDeltaKeys ? numbers(earlyDeltaKeys) : r.keys('termDelta').then(numbers)) : [],
      stats.queueDirty ? (earlyQueued ?? r.keys('indexQueue', null, { count: 1 })) : [],
    ]);
    const pageCache = new Map<number, IndexPage>();
    guessed.forEach((key, i) => {
      const page = prefetchedPages[i];
      if (page) pageCache.set(key, page);
    });
    const deltaCache = new Map(prefetchedDelta ? prefetch.map((l, i) => [lookupId(l), prefetchedDelta[i] ?? []]) : []);
    const missing = state.runs.map((run) => run.id).filter((id) => !cache.dirs.has(id));
    const [dirs, liveRow] = await Promise.all([
      r.getMany<RunRow>('indexRuns', missing),
      cache.live?.version === state.liveVersion ? undefined : r.get<SearchMetaRow>('searchMeta', 'live'),
    ]);
    dirs.forEach((d, i) => cache.dirs.set(missing[i] ?? 0, d?.firstTerms ?? []));
    if (liveRow?.key === 'live') cache.live = { version: state.liveVersion, row: liveRow };
    else if (cache.live?.version !== state.liveVersion) cache.live = { version: state.liveVersion, row: emptyLive() };
    const live = cache.live?.row ?? emptyLive();
    const current = state.tokenizerVersion === TOKENIZER_VERSION;
    const queuedCount = queued.length === 0 ? 0 : await r.count('indexQueue');

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
        const fetched = await r.getMany<IndexPage>('indexPages', fetch);
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
        return deltaCache.get(lookupId(l)) ?? deltaQuery(r, l);
      },
      async deltaRows(keys) {
        const rows = await r.getMany<DeltaRow>('termDelta', keys);
        return rows.filter((row): row is DeltaRow => row !== undefined);
      },
      async getClips(ids) {
        const docs = await r.getMany<SearchDocRow>('searchDocs', ids);
        return docs.map((d) => (d ? { summary: d.summary, text: d.text } : undefined));
      },
      recentClipIds: async (offset, limit) => numbers(await r.keysDescending('clipSummaries', 'clippedAt', offset, limit)),
    };
    return read(snapshot);
  });
}

/** Current index status (for a "still indexing" hint in the UI). */
export async function readIndexStatus(): Promise<IndexStatus> {
  return withIndexSnapshot(async (s) => s.status);
}
