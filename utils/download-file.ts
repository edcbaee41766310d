import { browser } from 'wxt/browser';

/** Save text as a file through the browser's downloads API (the filename may carry a folder prefix). */
export async function downloadTextFile(filename: string, content: string | Blob, mimeType = 'text/markdown'): Promise<number> {
  const blob = content instanceof Blob ? content : new Blob([content], { type: `${mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  try {
    return await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    // Chrome reads the blob asynchronously after download() resolves; revoke later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
