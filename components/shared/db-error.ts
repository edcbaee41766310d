import { signal } from '@preact/signals';

/** The last error a library read failed with (a blocked upgrade, a corrupt or inaccessible database). */
export const dbError = signal<string | undefined>(undefined);

/** Record a failed library read so the page can say so instead of showing an empty list. */
export function reportDbError(error: unknown): void {
  dbError.value = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
