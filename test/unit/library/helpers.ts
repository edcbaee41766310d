import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import { handlers } from '../../../utils/background/handlers';
import { dispatch, isMessage } from '../../../utils/messaging';

const messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = en;

/** Chrome's getMessage over the English catalogue, with $NAME$ placeholders filled from $1…$9. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const args = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? '');
  });
}

/** Use the English UI strings and route runtime messages to the real background handlers. */
export function useLibraryBrowser(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    // The page's writes travel as messages; here they reach the real handler map, as in the extension.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      if (!isMessage(message, handlers)) throw new Error('unknown message');
      return dispatch(handlers, message, {});
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}

/** A mounted component and helpers to query it. */
export interface Mounted {
  root: HTMLElement;
  get<T extends Element = HTMLElement>(testId: string): T;
  all(testId: string): HTMLElement[];
  unmount(): void;
}

/** Render into a fresh element attached to the document. */
export function mount(node: ComponentChild): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return {
    root,
    get<T extends Element = HTMLElement>(testId: string): T {
      const element = root.querySelector<T>(`[data-testid="${testId}"]`);
      if (!element) throw new Error(`no element with data-testid="${testId}" in ${root.innerHTML.slice(0, 500)}`);
      return element;
    },
    all: (testId) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)],
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Let promises, IndexedDB and liveQuery settle, then re-render. */
export async function settle(ms = 20): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Wait until `check` passes (IndexedDB in fake-indexeddb is asynchronous in many small steps). */
export async function until(check: () => void | Promise<void>, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await settle(10);
    }
  }
}

/** Type into an input as a user does (value, then an input event). */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Click an element inside act(). */
export function click(element: Element, init: MouseEventInit = {}): void {
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
  });
}
