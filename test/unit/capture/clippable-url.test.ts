import { describe, expect, it } from 'vitest';
import { unclippableReason } from '../../../utils/capture/clippable-url';

describe('unclippableReason', () => {
  it.each([
    ['https://news.example.com/a/1', null],
    ['http://127.0.0.1:8080/x.html', null],
    ['chrome://settings', 'restricted'],
    ['chrome-extension://abc/popup.html', 'restricted'],
    ['about:blank', 'restricted'],
    ['view-source:https://example.com/', 'restricted'],
    ['file:///home/me/a.html', 'restricted'],
    ['https://chromewebstore.google.com/detail/x', 'restricted'],
    ['https://chrome.google.com/webstore/detail/x', 'restricted'],
    ['https://addons.mozilla.org/en-US/firefox/', 'restricted'],
    ['https://example.com/report.PDF', 'pdf'],
    [undefined, 'no-permission'],
    ['not a url', 'restricted'],
  ])('%s → %s', (url, expected) => {
    expect(unclippableReason(url)).toBe(expected);
  });

  it('allows other pages on google.com', () => {
    expect(unclippableReason('https://chrome.google.com/other')).toBeNull();
  });
});
