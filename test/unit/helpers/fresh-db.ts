import { afterEach, beforeEach } from 'vitest';
import { GleanerDb, setDb } from '../../../utils/db/schema';

let counter = 0;

/** Give every test its own empty fake-indexeddb database as the shared handle. */
export function useFreshDb(): () => GleanerDb {
  let db: GleanerDb;
  beforeEach(async () => {
    db = new GleanerDb(`gleaner-test-${process.pid}-${++counter}`);
    await db.open();
    setDb(db);
  });
  afterEach(async () => {
    setDb(undefined);
    db.close();
    await db.delete();
  });
  return () => db;
}
