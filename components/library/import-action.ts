import { importItems, knownClips, type ImportItemsResult } from '../../utils/db/import-items';
import { parseImportFile } from '../../utils/import/detect';
import { previewImport, type ImportPreview } from '../../utils/import/preview';
import { importKey, itemToClip } from '../../utils/import/to-draft';
import { ImportFileError, type ParsedFile } from '../../utils/import/types';
import { runSearchMaintenance } from '../../utils/search';

/** A dry run's outcome: the preview, or why a file cannot be read (then nothing can be imported). */
export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; message: string };

/** An import's outcome; on failure the library is unchanged (one transaction). */
export type ImportOutcome = { ok: true; result: ImportItemsResult } | { ok: false; message: string };

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/**
 * Read and parse every chosen file, then compare with the library: nothing is written. Runs in the
 * library page (export files can be far larger than a runtime message may carry).
 */
export async function previewFiles(files: readonly File[]): Promise<PreviewOutcome> {
  const parsed: ParsedFile[] = [];
  try {
    for (const file of files) parsed.push(parseImportFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, parseHtml));
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, message: error.message };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const keys = [...new Set(parsed.flatMap((f) => f.items.map((item) => importKey(item.url))))];
  const known = await knownClips(keys);
  return { ok: true, preview: previewImport(parsed, known) };
}

/** Write a previewed import in one transaction, then index the new clips while the page is open. */
export async function runImport(preview: ImportPreview, now: number = Date.now()): Promise<ImportOutcome> {
  try {
    const clips = preview.items.map((item) => itemToClip(item, window, now, parseHtml));
    const result = await importItems(clips, now);
    // Failure is not fatal: the queue stays and the background picks it up at its next start.
    runSearchMaintenance({ budgetMs: 120_000 }).catch(() => undefined);
    return { ok: true, result };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
