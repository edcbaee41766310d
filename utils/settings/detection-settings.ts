import { browser } from 'wxt/browser';

/** Where the user turned automatic article detection off. */
export interface DetectionSettings {
  /** Detection on every site unless listed in `disabledSites`. */
  enabled: boolean;
  /** Host names (lower case, no port) where detection is off; sorted. */
  disabledSites: string[];
}

/** Storage key in `browser.storage.local`. */
export const DETECTION_SETTINGS_KEY = 'detectionSettings';

const DEFAULTS: DetectionSettings = { enabled: true, disabledSites: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Normalize what the user typed (a host name or a URL) to a bare lower-case host name, or '' if invalid. */
export function normalizeHostname(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return '';
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = url.hostname.replace(/\.$/, '');
    return /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) && host.length <= 253 ? host : '';
  } catch {
    return '';
  }
}

// Stored data may come from an older version or be hand-edited: keep only what has the right shape.
// Host names are normalized when written, so reading (on every page load) stays cheap.
function parseSettings(value: unknown): DetectionSettings {
  if (!isRecord(value)) return { ...DEFAULTS, disabledSites: [] };
  const enabled = typeof value.enabled === 'boolean' ? value.enabled : DEFAULTS.enabled;
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : [];
  return { enabled, disabledSites: sites.filter((s): s is string => typeof s === 'string') };
}

/** Read the detection settings (defaults when nothing is stored). */
export async function getDetectionSettings(): Promise<DetectionSettings> {
  const stored = await browser.storage.local.get(DETECTION_SETTINGS_KEY);
  return parseSettings(stored[DETECTION_SETTINGS_KEY]);
}

/** Write settings, normalizing, de-duplicating and sorting the site list. */
async function saveSettings(settings: DetectionSettings): Promise<DetectionSettings> {
  const disabledSites = [...new Set(settings.disabledSites.map(normalizeHostname).filter(Boolean))].sort();
  const clean = { enabled: settings.enabled, disabledSites };
  await browser.storage.local.set({ [DETECTION_SETTINGS_KEY]: clean });
  return clean;
}

/** Whether a site is listed, also matching its parent domains (turning off example.com covers www.example.com). */
export function isSiteListed(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether automatic detection should run on a page of this host. */
export async function isDetectionEnabled(hostname: string): Promise<boolean> {
  const settings = await getDetectionSettings();
  return settings.enabled && !isSiteListed(hostname, settings.disabledSites);
}

/** Turn detection on or off everywhere ('global') or for one host name. */
export async function setDetectionEnabled(scope: 'global' | (string & {}), enabled: boolean): Promise<DetectionSettings> {
  const settings = await getDetectionSettings();
  if (scope === 'global') {
    settings.enabled = enabled;
  } else {
    const host = normalizeHostname(scope);
    if (host === '') throw new Error(`Not a host name: ${scope}`);
    const others = settings.disabledSites.filter((site) => site !== host);
    settings.disabledSites = enabled ? others : [...others, host];
  }
  return saveSettings(settings);
}

/** Call `listener` with fresh settings whenever they change in storage; returns an unsubscribe function. */
export function watchDetectionSettings(listener: (settings: DetectionSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[DETECTION_SETTINGS_KEY];
    if (area === 'local' && change) listener(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
