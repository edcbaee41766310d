import type { ClipErrorCode } from '../messages';

const STORE_HOSTS = ['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Why a URL cannot be clipped (browser pages, stores, PDFs, view-source…), or null when it can. */
export function unclippableReason(url: string | undefined): ClipErrorCode | null {
  if (!url) return 'no-permission';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'restricted';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'restricted';
  const host = parsed.hostname;
  if (STORE_HOSTS.includes(host) && (host !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return 'restricted';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}
