import type { TabStatus } from '../messages';

/**
 * Last known status per tab. Kept in memory: the content script re-reports on every load and
 * the popup asks for a fresh status, so a restarted service worker recovers by itself.
 */
const statuses = new Map<number, TabStatus>();

/** Remember a tab's status. */
export function rememberTabStatus(tabId: number, status: TabStatus): void {
  statuses.set(tabId, status);
}

/** The remembered status of a tab, if any. */
export function recalledTabStatus(tabId: number): TabStatus | undefined {
  return statuses.get(tabId);
}

/** Forget a closed tab. */
export function forgetTab(tabId: number): void {
  statuses.delete(tabId);
}
