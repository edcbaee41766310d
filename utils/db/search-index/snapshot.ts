import type { TermLookup } from '../../search/lookup';
import { pageList, pagesFor, termsIn, type IndexPage } from '../../search/pages';
import { TOKENIZER_VERSION } from '../../search/tokenize';
import type { ClipSummary } from '../clip-summary';
import { getDb, type GleanerDb } from '../schema';
import { readIndexState, readStats } from '../search-meta';
import { pageKey } from './run-writer';
import type { DeltaRow, StatsRow } from '../search-rows';

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

/** Per database: run directories (immutable) and the live map of the last version seen. */
interface Cache {
  dirs: Map<number, string[]>;
  live?: { version: number; slots: Uint8Array };
}
const caches = new WeakMap<GleanerDb, Cache>();

function cacheOf(db: GleanerDb): Cache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = { dirs: new Map() }));
  return c;
}

/** Run `read` against a consistent snapshot of the library and its search index. */
export async function withIndexSnapshot<T>(read: (snapshot: IndexSnapshot) => Promise<T>): Promise<T> {
  const db = getDb();
  const cache = cacheOf(db);
  const tables = [db.clipSummaries, db.searchDocs, db.indexRuns, db.indexPages, db.termDelta, db.searchMeta, db.indexQueue];
  return db.transaction('r', tables, async () => {
    const [stats, state, deltaKeys, queued] = await Promise.all([
      readStats(db),
      readIndexState(db),
      db.termDelta.toCollection().primaryKeys(),
      db.indexQueue.limit(1).primaryKeys(),
    ]);
    const missing = state.runs.map((r) => r.id).filter((id) => !cache.dirs.has(id));
    const [dirs, liveRow] = await Promise.all([
      missing.length > 0 ? db.indexRuns.bulkGet(missing) : [],
      cache.live?.version === state.liveVersion ? undefined : db.searchMeta.get('live'),
    ]);
    dirs.forEach((d, i) => cache.dirs.set(missing[i] ?? 0, d?.firstTerms ?? []));
    if (liveRow?.key === 'live') cache.live = { version: state.liveVersion, slots: liveRow.slots };
    else if (cache.live?.version !== state.liveVersion) cache.live = { version: state.liveVersion, slots: new Uint8Array(0) };
    const live = cache.live?.slots ?? new Uint8Array(0);
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
      maxClipId: stats.maxClipId ?? 0,
      deltaKeys,
      live,
      async readLists(lookups) {
        // Which pages each (lookup, run) needs; fetch every distinct page once.
        const plan = lookups.map((lookup) => state.runs.map((run) => ({ run, pages: pagesFor(cache.dirs.get(run.id) ?? [], lookup) })));
        const keys = new Set<number>();
        for (const perRun of plan) for (const { run, pages } of perRun) for (const p of pages) keys.add(pageKey(run.id, p));
        const ordered = [...keys];
        const fetched = ordered.length > 0 ? await db.indexPages.bulkGet(ordered) : [];
        const pages = new Map<number, IndexPage>();
        ordered.forEach((key, i) => {
          const page = fetched[i];
          if (page) pages.set(key, page);
        });
        return plan.map((perRun, l) =>
          perRun.map(({ run, pages: nums }) => {
            const lookup = lookups[l];
            const lists: Uint8Array[] = [];
            for (const p of nums) {
              const page = pages.get(pageKey(run.id, p));
              if (page && lookup) for (const i of termsIn(page, lookup)) lists.push(pageList(page, i));
            }
            return { slot: run.slot, lists };
          }),
        );
      },
      async deltaMatches(l) {
        if (deltaKeys.length === 0) return [];
        const index = db.termDelta.where('terms');
        if (l.kind === 'exact') return index.equals(l.term).primaryKeys();
        const keys = l.kind === 'prefix' ? await index.between(l.prefix, `${l.prefix}\uffff`, true, false).primaryKeys() : await index.between(l.from, l.to, true, true).primaryKeys();
        return [...new Set(keys)];
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
