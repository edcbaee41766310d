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
          frame: () => ({ url: () => request.frame()?.url() ?? page.url() }),
          serviceWorker: () => null,
        });
      }
    });
    return page;
  }

  async newPage(): Promise<FirefoxPage> {
    const raw = await this.browser.newPage();
    await reportCspViolations(raw);
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
    if (event === 'console') this.#listeners.push({ event, fn: fn as (message: FirefoxConsoleMessage) => void });
    else this.#listeners.push({ event, fn: fn as (request: FirefoxRequest) => void });
  }

  newCDPSession(): never {
    throw new Error('CDP is Chromium-only: the Firefox driver speaks WebDriver BiDi');
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/**
 * Firefox reports a Content-Security-Policy violation to its browser console, which WebDriver BiDi
 * does not forward; every document also fires `securitypolicyviolation`, so each page logs those
 * to its own console in the words Chromium uses ("Refused to …"), where `context.on('console')` sees them.
 */
async function reportCspViolations(raw: PuppeteerPage): Promise<void> {
  await raw.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy: Refused to run ${event.blockedURI} (${event.violatedDirective})`);
    });
  });
}
