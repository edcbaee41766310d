import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureError, EXTRACTION_TIMEOUT_MS, captureTab } from '../../../utils/capture/capture-tab';
import { extractClip } from '../../../utils/extract/pipeline';

// A huge or busy page must not hang a clip: the capture has one deadline from injection to result,
// and the pipeline refuses pages too big to extract within it before doing the work.

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('fake tab without id');
  return tab.id;
}

const never = () => new Promise<never>(() => undefined);

describe('capture time-box', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('times out when the page never answers the injection (its main thread is busy)', async () => {
    const tabId = await openTab('https://news.example.com/busy');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(never);
    const capture = captureTab(tabId, 'article');
    const settled = expect(capture).rejects.toMatchObject({ name: 'CaptureError', code: 'timeout' });
    await vi.advanceTimersByTimeAsync(EXTRACTION_TIMEOUT_MS + 5_000);
    await settled;
  });

  it('times out when the extractor never returns', async () => {
    const tabId = await openTab('https://news.example.com/slow');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => ('files' in injection ? [] : never()));
    const capture = captureTab(tabId, 'article');
    const settled = expect(capture).rejects.toBeInstanceOf(CaptureError);
    await vi.advanceTimersByTimeAsync(EXTRACTION_TIMEOUT_MS + 5_000);
    await settled;
    await expect(capture).rejects.toMatchObject({ code: 'timeout' });
  });

  it('does not time out a capture that answers in time', async () => {
    const tabId = await openTab('https://news.example.com/fast');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) =>
      'files' in injection ? [] : [{ frameId: 0, documentId: 'doc', result: { error: { code: 'empty', message: 'nothing' } } }],
    );
    await expect(captureTab(tabId, 'article')).rejects.toMatchObject({ code: 'empty' });
    expect(vi.getTimerCount()).toBe(0); // the deadline was cleared
  });
});

describe('pipeline size limits', () => {
  const url = 'https://news.example.com/huge';

  it('refuses a page with more than 4 million characters of text as too large, quickly', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><html><head><title>Huge</title></head><body><article><p></p></article></body></html>', 'text/html');
    const p = doc.querySelector('p');
    p?.append(doc.createTextNode('word '.repeat(820_000)));
    const started = performance.now();
    expect(() => extractClip(doc, { url })).toThrowError(expect.objectContaining({ code: 'too-large' }));
    expect(() => extractClip(doc, { url, mode: 'page' })).toThrowError(expect.objectContaining({ code: 'too-large' }));
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('still clips a small selection on such a page', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><html><head><title>Huge</title></head><body><p></p></body></html>', 'text/html');
    doc.querySelector('p')?.append(doc.createTextNode('word '.repeat(820_000)));
    const selection = doc.createDocumentFragment();
    const chosen = doc.createElement('p');
    chosen.textContent = 'Only this sentence was selected by the reader.';
    selection.append(chosen);
    expect(extractClip(doc, { url, mode: 'selection', selection }).text).toBe('Only this sentence was selected by the reader.');
  });
});
