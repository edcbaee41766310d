import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import { inPage, type InPageResult, type Op, type Step } from './in-page';
import { pressKey } from './keys';

/** Playwright's default: actions wait as long as the test allows; ours give up after this. */
const DEFAULT_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run the in-page resolver, treating a page that is between documents as "nothing matched yet". */
export async function runInPage(page: PuppeteerPage, steps: Step[], op: Op, arg: unknown = null): Promise<InPageResult> {
  try {
    return await page.evaluate(inPage, steps, op, arg);
  } catch (error) {
    if (/context|destroyed|navigat|detached|discarded/i.test(String(error))) return { matches: 0, value: null, actionable: false };
    throw error;
  }
}

/** The part of Playwright's Locator the e2e tests use, over puppeteer in Firefox. */
export class FirefoxLocator {
  constructor(
    private readonly page: PuppeteerPage,
    private readonly steps: Step[],
  ) {}

  private with(step: Step): FirefoxLocator {
    return new FirefoxLocator(this.page, [...this.steps, step]);
  }

  locator(selector: string): FirefoxLocator {
    return this.with({ css: selector });
  }

  getByTestId(id: string): FirefoxLocator {
    return this.with({ css: `[data-testid=${JSON.stringify(id)}]` });
  }

  filter(options: { hasText?: string | RegExp }): FirefoxLocator {
    const { hasText } = options;
    if (hasText === undefined) return this;
    return this.with(typeof hasText === 'string' ? { hasText } : { hasTextPattern: { source: hasText.source, flags: hasText.flags } });
  }

  nth(index: number): FirefoxLocator {
    return this.with({ nth: index });
  }

  first(): FirefoxLocator {
    return this.nth(0);
  }

  last(): FirefoxLocator {
    return this.nth(-1);
  }

  /** Wait until exactly one element matches (and, for actions, can take input), then apply `op`. */
  private async one(op: Op, arg: unknown = null, options: { actionable?: boolean; timeout?: number } = {}): Promise<unknown> {
    const deadline = Date.now() + (options.timeout ?? DEFAULT_TIMEOUT_MS);
    for (;;) {
      const result = await runInPage(this.page, this.steps, op, arg);
      if (result.matches > 1) throw new Error(`strict mode violation: ${JSON.stringify(this.steps)} matched ${result.matches} elements`);
      if (result.matches === 1 && (!options.actionable || result.actionable)) return result.value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(this.steps)} (${op})`);
      await sleep(POLL_MS);
    }
  }

  async count(): Promise<number> {
    return (await runInPage(this.page, this.steps, 'count')).matches;
  }

  async all(): Promise<FirefoxLocator[]> {
    const n = await this.count();
    return Array.from({ length: n }, (_, i) => this.nth(i));
  }

  async allTextContents(): Promise<string[]> {
    const { value } = await runInPage(this.page, this.steps, 'allTexts');
    return Array.isArray(value) ? value.map(String) : [];
  }

  async textContent(options?: { timeout?: number }): Promise<string | null> {
    const value = await this.one('text', null, options);
    return typeof value === 'string' ? value : null;
  }

  async innerHTML(options?: { timeout?: number }): Promise<string> {
    return String(await this.one('html', null, options));
  }

  async inputValue(options?: { timeout?: number }): Promise<string> {
    return String(await this.one('value', null, options));
  }

  async getAttribute(name: string, options?: { timeout?: number }): Promise<string | null> {
    const value = await this.one('attr', name, options);
    return typeof value === 'string' ? value : null;
  }

  async isDisabled(options?: { timeout?: number }): Promise<boolean> {
    return (await this.one('disabled', null, options)) === true;
  }

  async isChecked(options?: { timeout?: number }): Promise<boolean> {
    return (await this.one('checked', null, options)) === true;
  }

  async isVisible(): Promise<boolean> {
    const result = await runInPage(this.page, this.steps, 'visible');
    return result.matches === 1 && result.value === true;
  }

  async waitFor(options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const deadline = Date.now() + (options.timeout ?? DEFAULT_TIMEOUT_MS);
    for (;;) {
      const result = await runInPage(this.page, this.steps, 'visible');
      const visible = result.matches === 1 && result.value === true;
      if (result.matches > 1 && state !== 'attached' && state !== 'detached') {
        throw new Error(`strict mode violation: ${JSON.stringify(this.steps)} matched ${result.matches} elements`);
      }
      const done =
        state === 'attached' ? result.matches > 0 : state === 'detached' ? result.matches === 0 : state === 'visible' ? visible : !visible;
      if (done) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(this.steps)} to be ${state}`);
      await sleep(POLL_MS);
    }
  }

  async focus(): Promise<void> {
    await this.one('focus');
  }

  async blur(): Promise<void> {
    await this.one('blur');
  }

  /** A real mouse click (trusted events) at the element's centre, with modifier keys held. */
  async click(options: { modifiers?: Array<'Alt' | 'Control' | 'Meta' | 'Shift'>; timeout?: number } = {}): Promise<void> {
    const point = await this.one('point', null, { actionable: true, timeout: options.timeout });
    if (typeof point !== 'object' || point === null) throw new Error('no point to click');
    const x = Number(Reflect.get(point, 'x'));
    const y = Number(Reflect.get(point, 'y'));
    const modifiers = options.modifiers ?? [];
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.click(x, y);
    for (const key of [...modifiers].reverse()) await this.page.keyboard.up(key);
  }

  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
  }

  async fill(text: string, options?: { timeout?: number }): Promise<void> {
    const filled = await this.one('fill', text, { actionable: true, timeout: options?.timeout });
    if (filled !== true) throw new Error(`${JSON.stringify(this.steps)} is not a text field`);
  }

  async press(key: string): Promise<void> {
    await this.one('focus', null, { actionable: true });
    await pressKey(this.page, key);
  }

  async selectOption(value: string): Promise<string[]> {
    const chosen = await this.one('select', value, { actionable: true });
    if (typeof chosen !== 'string') throw new Error(`no option ${value} in ${JSON.stringify(this.steps)}`);
    return [chosen];
  }

  async uncheck(): Promise<void> {
    if (await this.isChecked()) await this.click();
  }

  /** Scroll the element into view (Playwright's scrollIntoViewIfNeeded). */
  async scrollIntoViewIfNeeded(): Promise<void> {
    await this.one('count');
    const handle = await this.elementHandle();
    await handle.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    await handle.dispose();
  }

  /**
   * Put files into an `<input type=file>` (WebDriver BiDi input.setFiles): paths, or Playwright's
   * in-memory `{ name, mimeType, buffer }` files, written to a temporary folder under their name.
   */
  async setInputFiles(files: FileInput | FileInput[]): Promise<void> {
    await this.one('count');
    const paths = (Array.isArray(files) ? files : [files]).map((file) => {
      if (typeof file === 'string') return file;
      const path = join(mkdtempSync(join(tmpdir(), 'gleaner-upload-')), file.name);
      writeFileSync(path, file.buffer);
      return path;
    });
    const handle = await this.elementHandle();
    const input = await handle.toElement('input');
    await input.uploadFile(...paths);
    await handle.dispose();
  }

  /** The element itself (the first match of the chain), resolved again in the page. */
  private async elementHandle(): Promise<ElementHandle<Element>> {
    const handle = await this.page.evaluateHandle(
      (steps: Step[]) => {
        let found: Element[] = [document.documentElement];
        let roots = true;
        for (const step of steps) {
          if ('css' in step) {
            found = found.flatMap((root) => Array.from((roots ? document : root).querySelectorAll(step.css)));
            roots = false;
          } else if ('nth' in step) {
            const el = step.nth < 0 ? found[found.length + step.nth] : found[step.nth];
            found = el ? [el] : [];
          }
        }
        return found[0] ?? null;
      },
      this.steps,
    );
    const element = handle.asElement();
    if (!element) throw new Error(`no element for ${JSON.stringify(this.steps)}`);
    return element as ElementHandle<Element>;
  }
}

/** A file for setInputFiles: a path, or a file in memory. */
type FileInput = string | { name: string; mimeType: string; buffer: Buffer };
