import { browser } from 'wxt/browser';

/** The tab the popup acts on: `?tab=<id>` when opened in a tab (tests, "open in tab"), else the active tab. */
export async function findTargetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
