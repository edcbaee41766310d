import type Dexie from 'dexie';

// A read-only IndexedDB transaction driven without Dexie's promise layer, for the one hot path that
// needs it: a search is a handful of reads, and in Chromium Dexie adds ~0.3 ms per transaction
// (it resolves only after the commit) and its promise zones on every request — a fifth of a
// query's time at 10k clips. Values are the rows Dexie wrote (no hooks or middleware transform
// them), read from the same stores and indexes by their IndexedDB names.

/** One read-only transaction's reads, each resolving as soon as its request succeeds. */
export interface NativeReader {
  /** The row stored under `key`, or undefined. */
  get<T>(store: string, key: IDBValidKey): Promise<T | undefined>;
  /** Rows by key, in the keys' order (undefined where missing); one promise for all requests. */
  getMany<T>(store: string, keys: readonly IDBValidKey[]): Promise<(T | undefined)[]>;
  /** Primary keys of a store (or of one of its indexes) in a key range, ascending; `count` caps them. */
  keys(store: string, range?: IDBKeyRange | null, options?: { index?: string; count?: number }): Promise<IDBValidKey[]>;
  /** Primary keys in descending order of an index, skipping `offset` and taking up to `limit`. */
  keysDescending(store: string, index: string, offset: number, limit?: number): Promise<IDBValidKey[]>;
  /** Number of rows in a store. */
  count(store: string): Promise<number>;
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function readerFor(tx: IDBTransaction): NativeReader {
  return {
    get<T>(store: string, key: IDBValidKey): Promise<T | undefined> {
      return settle<T | undefined>(tx.objectStore(store).get(key));
    },
    getMany<T>(store: string, keys: readonly IDBValidKey[]): Promise<(T | undefined)[]> {
      return new Promise((resolve, reject) => {
        const out: (T | undefined)[] = new Array<T | undefined>(keys.length);
        if (keys.length === 0) {
          resolve([]);
          return;
        }
        const source = tx.objectStore(store);
        let left = keys.length;
        keys.forEach((key, i) => {
          const request = source.get(key);
          request.onsuccess = () => {
            out[i] = request.result;
            if (--left === 0) resolve(out);
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        });
      });
    },
    keys: (store, range, options = {}) => {
      const source = options.index ? tx.objectStore(store).index(options.index) : tx.objectStore(store);
      return settle(source.getAllKeys(range ?? null, options.count));
    },
    keysDescending: (store, index, offset, limit) =>
      new Promise((resolve, reject) => {
        const out: IDBValidKey[] = [];
        const request = tx.objectStore(store).index(index).openKeyCursor(null, 'prev');
        let skipped = offset === 0;
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor || (limit !== undefined && out.length >= limit)) {
            resolve(out);
            return;
          }
          if (!skipped) {
            skipped = true;
            cursor.advance(offset);
            return;
          }
          out.push(cursor.primaryKey);
          cursor.continue();
        };
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      }),
    count: (store) => settle(tx.objectStore(store).count()),
  };
}

/**
 * Run `read` in one read-only IndexedDB transaction over `stores` of Dexie database `db` (opened
 * first if needed). `read` must only await this reader's requests (any other await lets the
 * transaction commit); it resolves with `read`'s result without waiting for the commit.
 */
export async function readNative<T>(db: Dexie, stores: readonly string[], read: (reader: NativeReader) => Promise<T>): Promise<T> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction([...stores], 'readonly');
  return read(readerFor(tx));
}
