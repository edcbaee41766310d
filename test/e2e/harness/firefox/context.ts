import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import type { DownloadWatcher } from './downloads';
import { FirefoxPage } from './page';

/** A console message, shaped like Playwright's ConsoleMessage. */
export interface FirefoxConsoleMessage {
  text(): string;
  type(): string;
  page(): FirefoxPage;
}

/** A request a page made, shaped like Playwright's Request (Firefox shows no background requests). */
export interface FirefoxRequest {
  url(): string;
  method(): string;
  isNavigationRequest(): boolean;
  frame(): { url(): string };
  serviceWorker(): null;
}

/** An intercepted request, shaped like Playwright's Route. */
export interface FirefoxRoute {
  request(): { url(): string };
  continue(): Promise<void>;
  abort(reason?: string): Promise<void>;
}

type RouteHandler = (route: FirefoxRoute) => unknown;

type Listener = { event: 'console'; fn: (message: FirefoxConsoleMessage) => void } | { event: 'request'; fn: (request: FirefoxRequest) => void };

/** The part of Playwright's BrowserContext the e2e tests use, over one Firefox profile. */
export class FirefoxContext {
  readonly #pages: FirefoxPage[] = [];
  readonly #listeners: Listener[] = [];
  readonly #routes: RouteHandler[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly downloads: DownloadWatcher,
  ) {}

  /** Wrap a puppeteer page and track it (the driver's own helper page is wrapped but not listed). */
  wrap(raw: PuppeteerPage, listed = true): FirefoxPage {
    const page = new FirefoxPage(raw, this.downloads, (closed) => {
      const index = this.#pages.indexOf(closed);
      if (index >= 0) this.#pages.splice(index, 1);
    });
    if (listed) this.#pages.push(page);
    raw.on('console', (message) => {
      for (const l of this.#listeners) if (l.event === 'console') l.fn({ text: () => message.text(), type: () => message.type(), page: () => page });
    });
    raw.on('request', (request) => {
      for (const l of this.#listeners) {
        if (l.event !== 'request') continue;
        l.fn({
          url: () => request.url(),
          method: () => request.method(),
          isNavigationRequest: () => request.isNavigationRequest(),
          // Puppeteer keeps about:blank as the address of a moz-extension page; the page knows better.
          frame: () => ({ url: () => page.url() }),
          serviceWorker: () => null,
        });
      }
    });
    return page;
  }

  async newPage(): Promise<FirefoxPage> {
    // Firefox's BiDi can refuse a new tab while another browsing context is being discarded
    // ("no such frame"): one more try after a moment.
    const raw = await this.browser.newPage().catch(async (error: unknown) => {
      if (!/no such frame|DiscardedBrowsingContext/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
      return this.browser.newPage();
    });
    const page = this.wrap(raw);
    if (this.#routes.length > 0) await this.#intercept(page.raw);
    return page;
  }

  /** Route every request of every page through `handler` (only the `**\/*` pattern is supported). */
  async route(pattern: string, handler: RouteHandler): Promise<void> {
    if (pattern !== '**/*') throw new Error(`the Firefox driver routes only "**/*", not ${pattern}`);
    const first = this.#routes.length === 0;
    this.#routes.push(handler);
    if (first) for (const page of this.#pages) await this.#intercept(page.raw);
  }

  async #intercept(raw: PuppeteerPage): Promise<void> {
    await raw.setRequestInterception(true);
    raw.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const route: FirefoxRoute = {
        request: () => ({ url: () => request.url() }),
        continue: () => request.continue(),
        abort: () => request.abort('blockedbyclient'),
      };
      for (const handler of this.#routes) void handler(route);
    });
  }

  pages(): FirefoxPage[] {
    return [...this.#pages];
  }

  on(event: 'console', fn: (message: FirefoxConsoleMessage) => void): void;
  on(event: 'request', fn: (request: FirefoxRequest) => void): void;
  on(event: 'console' | 'request', fn: ((message: FirefoxConsoleMessage) => void) | ((request: FirefoxRequest) => void)): void {
    if (event === 'console') {
      this.#listeners.push({ event, fn: fn as (message: FirefoxConsoleMessage) => void });
      this.#watchViolations();
    } else this.#listeners.push({ event, fn: fn as (request: FirefoxRequest) => void });
  }

  #violationTimer: NodeJS.Timeout | undefined;

  /**
   * WebDriver BiDi forwards no console output of moz-extension pages, where Firefox logs a blocked
   * script as a Content-Security-Policy error. Every document also fires `securitypolicyviolation`:
   * each extension page gets a listener (within 200 ms of opening) that keeps the violations, and
   * they are passed on here as console messages in Chromium's words ("Refused to …").
   */
  #watchViolations(): void {
    if (this.#violationTimer) return;
    let busy = false;
    this.#violationTimer = setInterval(() => {
      if (busy) return;
      busy = true;
      const pages = this.#pages.filter((page) => !page.closed && page.url().startsWith('moz-extension:'));
      void Promise.all(pages.map((page) => this.#drainViolations(page))).finally(() => {
        busy = false;
      });
    }, 200);
    this.#violationTimer.unref();
  }

  /** Start watching an extension page for CSP violations now (the poller would within 200 ms). */
  async watchExtensionPage(page: FirefoxPage): Promise<void> {
    if (this.#violationTimer) await this.#drainViolations(page);
  }

  async #drainViolations(page: FirefoxPage): Promise<void> {
    const drained = await Promise.race([
      page.raw
        .evaluate(() => {
          const key = '__e2eCspViolations';
          let seen: unknown = Reflect.get(window, key);
          if (!Array.isArray(seen)) {
            const list: string[] = [];
            seen = list;
            Reflect.set(window, key, list);
            document.addEventListener('securitypolicyviolation', (event) => {
              list.push(`Content Security Policy: Refused to run ${event.blockedURI} (${event.violatedDirective})`);
            });
          }
          return Array.isArray(seen) ? seen.splice(0).map(String) : [];
        })
        .catch(() => []),
      new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 1_000)),
    ]);
    for (const text of drained) {
      for (const l of this.#listeners) if (l.event === 'console') l.fn({ text: () => text, type: () => 'error', page: () => page });
    }
  }

  newCDPSession(): never {
    throw new Error('CDP is Chromium-only: the Firefox driver speaks WebDriver BiDi');
  }

  async close(): Promise<void> {
    clearInterval(this.#violationTimer);
    await this.browser.close();
  }
}

