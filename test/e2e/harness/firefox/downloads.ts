import { basename } from 'node:path';

/** A finished download, shaped like Playwright's Download. */
export interface FirefoxDownload {
  path(): Promise<string>;
  suggestedFilename(): string;
  url(): string;
}

/** A completed-or-not download item as the extension's downloads API reports it. */
export interface DownloadItem {
  id: number;
  filename: string;
  url: string;
  state: string;
  error?: string;
}

/**
 * Firefox has no driver-level download events over BiDi, so a download is read where the product
 * creates it: the extension's own downloads API (`downloads.search`), asked through an extension
 * page. Downloads are handed out in id order, each once, so `Promise.all([waitForEvent, click])`
 * cannot miss one that finished before the wait began.
 */
export class DownloadWatcher {
  #lastId = 0;

  constructor(private readonly search: () => Promise<DownloadItem[]>) {}

  async next(timeout: number): Promise<FirefoxDownload> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const items = (await this.search()).filter((item) => item.id > this.#lastId).sort((a, b) => a.id - b.id);
      const item = items[0];
      if (item?.state === 'interrupted') {
        this.#lastId = item.id;
        throw new Error(`download ${item.filename || item.url} failed: ${item.error ?? 'interrupted'}`);
      }
      if (item?.state === 'complete') {
        this.#lastId = item.id;
        return { path: async () => item.filename, suggestedFilename: () => basename(item.filename), url: () => item.url };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('timed out waiting for a download');
  }
}
