/** Whether an error (possibly wrapped by Dexie) is the browser's storage quota being exceeded. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  // Dexie wraps it: in an AbortError's `inner`, or in a BulkError's `failures` (bulkPut of index rows).
  const inner: unknown = Reflect.get(error, 'inner');
  const failures: unknown = Reflect.get(error, 'failures');
  return isQuotaError(inner) || (Array.isArray(failures) && failures.some(isQuotaError));
}
