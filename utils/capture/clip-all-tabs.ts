import type { ClipOutcome } from '../messages';
import { unclippableReason } from './clippable-url';

/** A tab as the batch needs it. */
export interface BatchTab {
  id?: number;
  url?: string;
  title?: string;
}

/** How one tab of the batch went. */
export interface BatchItem {
  tabId: number | undefined;
  title: string;
  outcome: ClipOutcome;
}

/** Running totals handed to the progress callback after each tab. */
export interface BatchProgress {
  done: number;
  total: number;
  items: BatchItem[];
}

/**
 * Clip many tabs, a few at a time (each extraction runs in its own renderer, but saving is
 * serialized by the database), skipping the ones that cannot be clipped with their reason.
 */
export async function clipAllTabs(
  tabs: readonly BatchTab[],
  clip: (tabId: number) => Promise<ClipOutcome>,
  onProgress: (progress: BatchProgress) => void = () => undefined,
  concurrency = 3,
): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  let next = 0;
  const report = (item: BatchItem) => {
    items.push(item);
    onProgress({ done: items.length, total: tabs.length, items: [...items] });
  };
  const worker = async () => {
    while (next < tabs.length) {
      const tab = tabs[next++];
      if (!tab) continue;
      const title = tab.title ?? tab.url ?? '';
      const reason = tab.id === undefined ? 'no-tab' : unclippableReason(tab.url);
      if (reason || tab.id === undefined) {
        report({ tabId: tab.id, title, outcome: { ok: false, code: reason ?? 'no-tab', message: reason ?? 'no-tab' } });
        continue;
      }
      report({ tabId: tab.id, title, outcome: await clip(tab.id) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tabs.length) }, worker));
  return items;
}
