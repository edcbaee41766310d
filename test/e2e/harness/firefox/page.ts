import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { DownloadWatcher, FirefoxDownload } from './downloads';
import { FirefoxLocator } from './locator';
import { pressKey, toKey } from './keys';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type WaitUntil = 'load' | 'domcontentloaded' | 'commit' | 'networkidle';

/** The part of Playwright's Page the e2e tests use, over a puppeteer page in Firefox. */
export class FirefoxPage {
  readonly keyboard: {
    press(key: string): Promise<void>;
    type(text: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
  };
  readonly mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    click(x: number, y: number): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
  #closed = false;
  #refreshing = false;
  #seen: { navigatedTo: string; href: string } | undefined;

  constructor(
    readonly raw: PuppeteerPage,
    private readonly downloads: DownloadWatcher,
    private readonly onClose: (page: FirefoxPage) => void,
  ) {
    this.keyboard = {
      press: (key) => pressKey(raw, key),
      type: (text) => raw.keyboard.type(text),
      down: (key) => raw.keyboard.down(toKey(key)),
      up: (key) => raw.keyboard.up(toKey(key)),
    };
    this.mouse = {
      move: (x, y, options) => raw.mouse.move(x, y, options),
      click: (x, y) => raw.mouse.click(x, y),
      down: () => raw.mouse.down(),
      up: () => raw.mouse.up(),
    };
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * The page's address. Firefox ESR does not send BiDi's historyUpdated, so puppeteer misses
   * pushState navigations: each call also refreshes the address from the page itself, and the
   * next call (tests poll) sees it.
   */
  url(): string {
    const known = this.raw.url();
    if (!this.#refreshing && !this.#closed) {
      this.#refreshing = true;
      void this.raw
        .evaluate(() => location.href)
        .then((href) => {
          this.#seen = { navigatedTo: known, href };
        })
        .catch(() => undefined)
        .finally(() => {
          this.#refreshing = false;
        });
    }
    return this.#seen && this.#seen.navigatedTo === known ? this.#seen.href : known;
  }

  /**
   * Navigate. Firefox may never report the load event for moz-extension pages opened by the
   * driver, so those (and `commit`) are awaited by watching the document instead.
   */
  async goto(url: string, options: { waitUntil?: WaitUntil; timeout?: number } = {}): Promise<null> {
    const waitUntil = options.waitUntil ?? 'load';
    const timeout = options.timeout ?? 30_000;
    if (/^(about|view-source|chrome|resource):/.test(url)) {
      // Browser-internal pages: the driver may neither see their load nor script them.
      const navigation = this.raw.goto(url, { timeout }).catch(() => null);
      await Promise.race([navigation, sleep(3_000)]);
      return null;
    }
    if (waitUntil === 'commit') {
      // Playwright's "commit": the document has started to arrive. A page busy in its own script
      // answers no query, so watch the address the driver reports, for at most two seconds.
      void this.raw.goto(url, { timeout }).catch(() => null);
      const deadline = Date.now() + 2_000;
      while (Date.now() < deadline && this.raw.url().replace(/#.*$/, '') !== url.replace(/#.*$/, '')) await sleep(50);
      return null;
    }
    if (url.startsWith('moz-extension:')) {
      const navigation = this.raw.goto(url, { timeout }).catch(() => null);
      await this.#waitForDocument(url, waitUntil === 'load' ? 'complete' : 'interactive', timeout, navigation);
      return null;
    }
    await this.raw.goto(url, { waitUntil: waitUntil === 'networkidle' ? 'networkidle0' : waitUntil, timeout });
    return null;
  }

  async #waitForDocument(url: string, state: 'commit' | 'interactive' | 'complete', timeout: number, navigation: Promise<unknown>): Promise<void> {
    const deadline = Date.now() + timeout;
    let settled = false;
    void navigation.then(() => {
      settled = true;
    });
    const wanted = url.replace(/#.*$/, '');
    while (Date.now() < deadline) {
      // A page whose script is busy cannot answer: treat a slow answer as "not yet".
      if (state === 'commit' && this.raw.url().replace(/#.*$/, '') === wanted) return;
      const ready = await Promise.race([
        this.raw.evaluate(() => ({ href: location.href, state: document.readyState })).catch(() => undefined),
        sleep(1_000).then(() => undefined),
      ]);
      if (ready && ready.href.replace(/#.*$/, '') === wanted) {
        this.#seen = { navigatedTo: this.raw.url(), href: ready.href };
        if (state === 'commit' || ready.state === 'complete' || (state === 'interactive' && ready.state !== 'loading')) return;
      }
      if (settled && state === 'commit' && this.raw.url() !== 'about:blank') return;
      await sleep(50);
    }
    throw new Error(`timed out opening ${url}`);
  }

  async reload(): Promise<null> {
    if (this.url().startsWith('moz-extension:')) {
      const url = this.url();
      void this.raw.reload().catch(() => null);
      await sleep(100);
      await this.#waitForDocument(url, 'complete', 30_000, Promise.resolve());
      return null;
    }
    await this.raw.reload({ waitUntil: 'load' });
    return null;
  }

  async waitForLoadState(state: 'load' | 'domcontentloaded' | 'networkidle' = 'load', options: { timeout?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeout ?? 30_000);
    const wanted = state === 'domcontentloaded' ? ['interactive', 'complete'] : ['complete'];
    while (Date.now() < deadline) {
      const ready = await this.raw.evaluate(() => document.readyState).catch(() => 'loading');
      if (wanted.includes(ready)) return;
      await sleep(50);
    }
    throw new Error(`timed out waiting for ${state}`);
  }

  waitForTimeout(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Run a function (or an expression's source) in the page, with one serializable argument. */
  async evaluate<R, A>(fn: string | ((arg: A) => R | Promise<R>), arg?: A): Promise<Awaited<R>> {
    // Puppeteer spreads arguments and wraps handles in its types; one plain argument is all we pass.
    const run = this.raw.evaluate.bind(this.raw) as (f: unknown, ...args: unknown[]) => Promise<unknown>;
    const result = typeof fn === 'string' ? await run(fn) : await run(fn, arg);
    return result as Awaited<R>;
  }

  locator(selector: string): FirefoxLocator {
    return new FirefoxLocator(this.raw, [{ css: selector }]);
  }

  getByTestId(id: string): FirefoxLocator {
    return new FirefoxLocator(this.raw, [{ css: `[data-testid=${JSON.stringify(id)}]` }]);
  }

  click(selector: string, options?: { timeout?: number }): Promise<void> {
    return this.locator(selector).click(options);
  }

  fill(selector: string, text: string): Promise<void> {
    return this.locator(selector).fill(text);
  }

  /** Only `download` is supported: the next download the extension completes, read through its downloads API. */
  waitForEvent(event: 'download', options: { timeout?: number } = {}): Promise<FirefoxDownload> {
    if (event !== 'download') throw new Error(`the Firefox driver cannot wait for "${String(event)}"`);
    return this.downloads.next(options.timeout ?? 30_000);
  }

  /** A PNG of part of the page (for README screenshots). */
  async screenshot(options: { path: string; clip?: { x: number; y: number; width: number; height: number } }): Promise<void> {
    await this.raw.screenshot({ path: options.path as `${string}.png`, clip: options.clip });
  }

  title(): Promise<string> {
    return this.raw.title();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.onClose(this);
    await this.raw.close().catch(() => undefined);
  }
}
