import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../utils/detect/detect-article';
import { sendMessage } from '../utils/messaging';
import { isDetectionEnabled } from '../utils/settings/detection-settings';

// Declared statically rather than registered by the background with registerContentScripts +
// excludeMatches: a static script needs no background bookkeeping that could drift from the stored
// settings (and no re-registration on every settings change or browser update), and match patterns
// cannot express "this host and its subdomains" alike in Chrome and Firefox. The cost when detection
// is off is one storage read, after which the script returns without touching the page.

const RECHECK_DELAY_MS = 500;
// Content scripts live in an isolated world and cannot see the page's history.pushState calls;
// where the Navigation API is missing (Firefox), a cheap URL comparison catches SPA navigations.
const URL_POLL_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    if (!(await isDetectionEnabled(location.hostname))) return;

    let lastUrl = '';
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = (): void => {
      timer = undefined;
      const url = location.href;
      lastUrl = url;
      const verdict = detectArticle(document, url);
      // The background may be restarting; a lost verdict is re-sent on the next navigation.
      sendMessage('pageStatus', { url, verdict }).catch(() => undefined);
    };
    const schedule = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(check, RECHECK_DELAY_MS);
    };
    const scheduleIfMoved = (): void => {
      if (location.href !== lastUrl) schedule();
    };

    check();
    addEventListener('popstate', scheduleIfMoved);
    addEventListener('hashchange', scheduleIfMoved);
    const navigation: EventTarget | undefined = Reflect.get(globalThis, 'navigation');
    if (navigation) navigation.addEventListener('navigatesuccess', scheduleIfMoved);
    else setInterval(scheduleIfMoved, URL_POLL_MS);
  },
});
