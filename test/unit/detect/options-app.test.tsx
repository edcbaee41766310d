import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import en from '../../../public/_locales/en/messages.json';
import { getDetectionSettings, setDetectionEnabled } from '../../../utils/settings/detection-settings';

const messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = en;

// Chrome's getMessage over the English catalogue, $NAME$ placeholders filled from $1.
function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const args = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? whole).replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? ''),
  );
}

let root: HTMLElement;

async function flush(): Promise<void> {
  // Storage reads/writes and their change events resolve over a few microtasks.
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
}

async function mount(): Promise<void> {
  await act(() => render(<OptionsApp />, root));
  await flush();
}

function byLabel(text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === text);
  const input = label ? root.querySelector(`#${label.htmlFor}`) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`No input labelled ${text}`);
  return input;
}

function button(name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`No button ${name}`);
  return found;
}

async function addSite(value: string): Promise<void> {
  const input = byLabel('Site name or address');
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => button('Turn off on this site').click());
  await flush();
}

describe('OptionsApp', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage);
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  it('shows detection on, with an empty site list, under labelled headings', async () => {
    await mount();
    expect(root.querySelector('h1')?.textContent).toBe('Gleaner settings');
    expect(byLabel('Detect articles automatically').checked).toBe(true);
    expect(root.textContent).toContain('None: detection runs on every site.');
  });

  it('turns detection off everywhere from the switch and announces it', async () => {
    await mount();
    const toggle = byLabel('Detect articles automatically');
    await act(() => toggle.click());
    await flush();
    expect((await getDetectionSettings()).enabled).toBe(false);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Automatic detection is off.');
    expect(root.textContent).toContain('Automatic detection is off on every site.');
  });

  it('adds a site typed as a URL, lists it, and removes it again', async () => {
    await mount();
    await addSite('https://News.Example.com/world/story');
    expect((await getDetectionSettings()).disabledSites).toEqual(['news.example.com']);
    expect(root.querySelector('.options__host')?.textContent).toBe('news.example.com');
    expect(byLabel('Site name or address').value).toBe('');

    await act(() => button('Turn detection back on for news.example.com').click());
    await flush();
    expect((await getDetectionSettings()).disabledSites).toEqual([]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Detection is back on for news.example.com.');
  });

  it('explains invalid and duplicate input instead of saving it', async () => {
    await mount();
    await addSite('not a site');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Enter a site name such as example.com.');
    expect(byLabel('Site name or address').getAttribute('aria-invalid')).toBe('true');
    await addSite('example.com');
    await addSite('EXAMPLE.com');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('example.com is already in the list.');
    expect((await getDetectionSettings()).disabledSites).toEqual(['example.com']);
  });

  it('follows changes made elsewhere (another tab)', async () => {
    await mount();
    await setDetectionEnabled('elsewhere.org', false);
    await flush();
    expect(root.querySelector('.options__host')?.textContent).toBe('elsewhere.org');
  });
});
