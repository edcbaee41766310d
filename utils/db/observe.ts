import { liveQuery } from 'dexie';

/**
 * Re-run a read whenever the tables it touched change (in any tab of the extension) and hand
 * each result to `onValue`; returns the unsubscribe function. Pages use this instead of Dexie.
 */
export function observe<T>(query: () => Promise<T>, onValue: (value: T) => void, onError?: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError ?? (() => undefined) });
  return () => subscription.unsubscribe();
}
