import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Clip } from './clip';
import type { Highlight } from '../highlights/types';
import type { ClipSummary } from './clip-summary';
import { upgradeToV2 } from './migrate-v2';
import { upgradeToV3 } from './migrate-v3';
import type { IndexPage } from '../search/pages';
import type { SearchDocRow, DeltaRow, QueueRow, RunRow, SearchMetaRow, TagRow } from './search-rows';

/** Name of the IndexedDB database in the extension's origin. */
export const DB_NAME = 'gleaner';

/** The newest schema version (the last entry of `applySchemaHistory`). */
export const SCHEMA_VERSION = 4;

/** The Gleaner database: tables typed, versions declared by `applySchemaHistory`. */
export class GleanerDb extends Dexie {
  clips!: EntityTable<Clip, 'id'>;
  /** v2: one light row per clip for lists and filters. */
  clipSummaries!: EntityTable<ClipSummary, 'id'>;
  /** v2: tags in use with their counts (autocomplete, tag manager). */
  tagIndex!: EntityTable<TagRow, 'key'>;
  /** v2: summary + body text of each clip (search verification, snippets, hits). */
  searchDocs!: EntityTable<SearchDocRow, 'id'>;
  /** v2: the index's runs (directory per run). */
  indexRuns!: EntityTable<RunRow, 'id'>;
  /** v2: the runs' pages, keyed by pageKey(run id, page number). */
  indexPages!: Table<IndexPage, number>;
  /** v2: clip parts changed since the last merge into `terms`. */
  termDelta!: EntityTable<DeltaRow, 'k'>;
  /** v2: clips waiting to be indexed (imports, rebuilds). */
  indexQueue!: EntityTable<QueueRow, 'id'>;
  /** v2: index state and corpus statistics. */
  searchMeta!: Table<SearchMetaRow, SearchMetaRow['key']>;
  /** v4: highlights of clips (selectors, colour, note), by clip. */
  highlights!: EntityTable<Highlight, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applySchemaHistory(this);
  }
}

/**
 * Every schema version the library has ever had, oldest first; `upTo` stops early (migration tests
 * build a database as an older release left it).
 * Append-only: never edit a shipped version, add a new one (with its upgrade and a migration test).
 */
export function applySchemaHistory(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  db.version(1).stores({
    clips: '++id, &canonicalUrl, url, clippedAt, updatedAt, *tags, siteName, lang, published',
  });
  if (upTo < 2) return;
  db.version(2)
    .stores({
      clipSummaries: 'id, clippedAt, publishedAt, titleKey, date, lang, host, *sites, *tagKeys, tagCount',
      searchDocs: 'id',
      tagIndex: 'key, count',
      indexRuns: 'id',
      indexPages: '',
      termDelta: 'k, *terms',
      indexQueue: 'id',
      searchMeta: 'key',
    })
    .upgrade(upgradeToV2);
  if (upTo < 3) return;
  // v3 (#14): reading status and import placeholders, indexed for the list filters.
  db.version(3)
    .stores({
      clipSummaries: 'id, clippedAt, publishedAt, titleKey, date, lang, host, *sites, *tagKeys, tagCount, status, *flags',
    })
    .upgrade(upgradeToV3);
  if (upTo < 4) return;
  // A new, empty table: existing clips have no highlights, so there is nothing to upgrade.
  db.version(4).stores({ highlights: '++id, clipId, createdAt' });
}

let shared: GleanerDb | undefined;

/** The process-wide database handle (background, popup and library pages each open their own). */
export function getDb(): GleanerDb {
  shared ??= new GleanerDb();
  return shared;
}

/** Replace the shared handle (tests use a fresh fake-indexeddb database per case). */
export function setDb(db: GleanerDb | undefined): void {
  shared = db;
}
