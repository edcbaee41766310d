import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DETECTION_SETTINGS_KEY,
  getDetectionSettings,
  isDetectionEnabled,
  isSiteListed,
  normalizeHostname,
  setDetectionEnabled,
  watchDetectionSettings,
} from '../../../utils/settings/detection-settings';

describe('detection settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on everywhere by default', async () => {
    expect(await getDetectionSettings()).toEqual({ enabled: true, disabledSites: [] });
    expect(await isDetectionEnabled('news.example.com')).toBe(true);
  });

  it('turns off everywhere and back on', async () => {
    await setDetectionEnabled('global', false);
    expect(await isDetectionEnabled('example.com')).toBe(false);
    await setDetectionEnabled('global', true);
    expect(await isDetectionEnabled('example.com')).toBe(true);
  });

  it('turns off one site with its subdomains, but not look-alike hosts', async () => {
    await setDetectionEnabled('Example.com', false);
    expect(await isDetectionEnabled('example.com')).toBe(false);
    expect(await isDetectionEnabled('news.example.com')).toBe(false);
    expect(await isDetectionEnabled('notexample.com')).toBe(true);
    await setDetectionEnabled('example.com', true);
    expect(await isDetectionEnabled('news.example.com')).toBe(true);
  });

  it('stores a sorted list without duplicates, normalizing URLs to host names', async () => {
    await setDetectionEnabled('https://www.b.org/path?q=1', false);
    await setDetectionEnabled('a.com', false);
    await setDetectionEnabled('A.COM', false);
    expect((await getDetectionSettings()).disabledSites).toEqual(['a.com', 'www.b.org']);
  });

  it('refuses what is not a host name', async () => {
    await expect(setDetectionEnabled('not a host', false)).rejects.toThrow();
    expect(normalizeHostname('')).toBe('');
    expect(normalizeHostname('exa mple.com')).toBe('');
    expect(normalizeHostname(' News.Example.com. ')).toBe('news.example.com');
    expect(normalizeHostname('localhost:8080')).toBe('localhost');
  });

  it('survives junk in storage', async () => {
    await fakeBrowser.storage.local.set({ [DETECTION_SETTINGS_KEY]: { enabled: 'no', disabledSites: [3, 'x.com', null] } });
    expect(await getDetectionSettings()).toEqual({ enabled: true, disabledSites: ['x.com'] });
    expect(isSiteListed('X.com', ['x.com'])).toBe(true);
  });

  it('tells watchers about changes until they stop watching', async () => {
    const seen: boolean[] = [];
    const stop = watchDetectionSettings((settings) => seen.push(settings.enabled));
    await setDetectionEnabled('global', false);
    stop();
    await setDetectionEnabled('global', true);
    expect(seen).toEqual([false]);
  });
});
