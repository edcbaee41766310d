import { browser } from 'wxt/browser';
import { unclippableReason } from '../capture/clippable-url';
import { findClipForPage } from '../db/find-clip-for-page';
import type { DetectionVerdict } from '../detect/types';
import { normalizeUrl } from '../extract/canonical-url';
import type { TabState, TabStatus } from '../messages';
import { recalledTabStatus, rememberTabStatus } from './tab-status-store';

/** Work out a tab's status from its URL, the library and the detector's last verdict. */
export async function resolveTabStatus(
  tabId: number,
  url: string | undefined,
  verdict: DetectionVerdict | undefined,
  canonicalUrl?: string,
): Promise<TabStatus> {
  const reason = unclippableReason(url);
  if (reason || !url) return { state: 'cannot-clip', url, reason: reason ?? 'no-permission' };
  // Clips are keyed by normalized canonical URL; also try the page's own URL, normalized and as visited.
  const candidates = [canonicalUrl, url].filter((u): u is string => Boolean(u)).flatMap((u) => [normalizeUrl(u), u]);
  const clip = await findClipForPage([...new Set(candidates)]);
  const detected: TabState = verdict ? (verdict.isArticle ? 'article' : 'not-article') : 'unknown';
  // A placeholder is not a clip yet: the page still reads as clippable, flagged "saved".
  const status: TabStatus = clip?.placeholder
    ? { state: detected, url, clipId: clip.id, verdict, saved: true }
    : clip
      ? { state: 'clipped', url, clipId: clip.id, verdict }
      : { state: detected, url, verdict };
  rememberTabStatus(tabId, status);
  return status;
}

/** A tab's current status, refreshed from the library (the clip may have been deleted meanwhile). */
export async function currentTabStatus(tabId: number): Promise<TabStatus> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { state: 'cannot-clip', reason: 'no-tab' };
  const known = recalledTabStatus(tabId);
  const verdict = known?.url === tab.url ? known?.verdict : undefined;
  return resolveTabStatus(tabId, tab.url, verdict);
}

