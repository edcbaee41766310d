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

type Listener = { event: 'console'; fn: (message: FirefoxConsoleMessage) => void } | { event: 'request'; fn: (request: FirefoxRequest) => void };

/** The part of Playwright's BrowserContext the e2e tests use, over one Firefox profile. */
export class FirefoxContext {
  readonly #pages: FirefoxPage[] = [];
  readonly #listeners: Listener[] = [];

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
    return this.wrap(await this.browser.newPage());
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
