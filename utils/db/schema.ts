import Dexie, { type EntityTable } from 'dexie';
import type { Clip } from './clip';

/** Name of the IndexedDB database in the extension's origin. */
export const DB_NAME = 'gleaner';

/** The Gleaner database: tables typed, versions declared by `applySchemaHistory`. */
export class GleanerDb extends Dexie {
  clips!: EntityTable<Clip, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applySchemaHistory(this);
  }
}

/**
 * Every schema version the library has ever had, oldest first.
 * Append-only: never edit a shipped version, add a new one (with its upgrade and a migration test).
 */
export function applySchemaHistory(db: Dexie): void {
  db.version(1).stores({
    clips: '++id, &canonicalUrl, url, clippedAt, updatedAt, *tags, siteName, lang, published',
  });
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
