import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../utils/detect/detect-article';
import { sendMessage } from '../utils/messaging';
import { isDetectionEnabled } from '../utils/settings/detection-settings';

// Declared statically rather than registered by the background with registerContentScripts +
// excludeMatches: a static script needs no background bookkeeping that could drift from the stored
// settings (no re-registration on every settings change, install or browser update), and match
// patterns cannot express "this host and all its subdomains" the same way in Chrome and Firefox.
// When detection is off the cost is one storage read, after which the script returns without
// reading the page, listening to anything or sending anything.

/** Quiet time after a URL change before re-checking, so a burst of history updates costs one run. */
const RECHECK_DELAY_MS = 500;
/** Single-page apps often render the new story after the URL changes: look once more if it was not one. */
const LATE_RECHECK_MS = 2000;
/** document_idle can come before the page's own scripts have rendered (or rewritten) the story. */
const AFTER_LOAD_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!(await isDetectionEnabled(location.hostname))) return;

    let lastUrl = '';
    let lastArticle: boolean | undefined;
    let timer: number | undefined;

    const check = (late: boolean): void => {
      const url = location.href;
      const verdict = detectArticle(document, url);
      if (url === lastUrl && verdict.isArticle === lastArticle) return;
      lastUrl = url;
      lastArticle = verdict.isArticle;
      // The canonical URL lets the background recognise a page already in the library.
      const link = document.querySelector('link[rel~="canonical" i]');
      const canonicalUrl = link instanceof HTMLLinkElement && link.href ? link.href : undefined;
      // The background may be restarting; a lost verdict is sent again on the next navigation.
      sendMessage('pageStatus', { url, canonicalUrl, verdict }).catch(() => undefined);
      if (!late && !verdict.isArticle) timer = ctx.setTimeout(() => check(true), LATE_RECHECK_MS);
    };
    const schedule = (): void => {
      if (location.href === lastUrl) return;
      clearTimeout(timer);
      timer = ctx.setTimeout(() => check(false), RECHECK_DELAY_MS);
    };

    check(false);
    // One more look a second after load, when the page is idle; check() reports only a changed verdict.
    const afterLoad = (): void =>
      void ctx.setTimeout(() => ctx.requestIdleCallback(() => check(true), { timeout: AFTER_LOAD_MS }), AFTER_LOAD_MS);
    if (document.readyState === 'complete') afterLoad();
    else ctx.addEventListener(window, 'load', afterLoad, { once: true });
    // The page's history.pushState calls are invisible from our isolated world, and WXT's location
    // watcher relies on the Navigation API's `navigate` event, which Chromium does not deliver to
    // isolated worlds. `navigatesuccess` does arrive (fast path); a 1 s URL comparison covers the rest.
    const navigation: unknown = Reflect.get(globalThis, 'navigation');
    if (navigation instanceof EventTarget) navigation.addEventListener('navigatesuccess', schedule);
    ctx.setInterval(schedule, 1000);
  },
});
