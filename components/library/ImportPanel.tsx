import { useState } from 'preact/hooks';
import type { ImportPreview } from '../../utils/import/preview';
import type { ImportSource } from '../../utils/import/types';
import { t } from '../../utils/i18n';
import { formatNumber } from './format';
import { previewFiles, runImport } from './import-action';

type Status = { kind: 'idle' | 'busy' | 'ok' | 'error'; text: string };
const IDLE: Status = { kind: 'idle', text: '' };

/** Source names as the services call themselves (not translated). */
const SOURCE_NAME: Record<ImportSource, string> = {
  'pocket-csv': 'Pocket CSV',
  'pocket-html': 'Pocket HTML',
  omnivore: 'Omnivore',
  'wallabag-json': 'wallabag JSON',
  'wallabag-csv': 'wallabag CSV',
  instapaper: 'Instapaper',
  raindrop: 'Raindrop.io',
  readwise: 'Readwise Reader',
  bookmarks: 'Bookmarks',
};

/** Errors listed in the preview (the rest are counted). */
const SHOWN_ERRORS = 50;

/** Import from other services: choose files → preview (nothing written) → confirm → one transaction. */
export function ImportPanel() {
  const [files, setFiles] = useState<File[]>([]);
  const [preview, setPreview] = useState<ImportPreview>();
  const [status, setStatus] = useState<Status>(IDLE);

  const check = async () => {
    setPreview(undefined);
    setStatus({ kind: 'busy', text: t('libraryImportChecking') });
    const outcome = await previewFiles(files);
    if (!outcome.ok) return setStatus({ kind: 'error', text: t('libraryImportFailed', outcome.message) });
    setPreview(outcome.preview);
    setStatus(IDLE);
  };

  const confirm = async () => {
    if (!preview) return;
    setStatus({ kind: 'busy', text: t('libraryImportRunning') });
    const outcome = await runImport(preview);
    if (!outcome.ok) return setStatus({ kind: 'error', text: t('libraryImportFailed', outcome.message) });
    setPreview(undefined);
    setStatus({ kind: 'ok', text: t('libraryImportDone', [formatNumber(outcome.result.added), formatNumber(outcome.result.updated)]) });
  };

  const busy = status.kind === 'busy';
  return (
    <section class="panel import-panel" aria-labelledby="import-heading" data-testid="import-panel">
      <h2 id="import-heading">{t('libraryImportHeading')}</h2>
      <p class="panel__hint">{t('libraryImportHint')}</p>
      <label for="import-file">{t('libraryImportFiles')}</label>
      <input
        id="import-file"
        data-testid="import-file"
        type="file"
        multiple
        accept=".csv,.html,.htm,.json,.zip,text/csv,text/html,application/json,application/zip"
        onChange={(event) => {
          setFiles([...(event.currentTarget.files ?? [])]);
          setPreview(undefined);
          setStatus(IDLE);
        }}
      />
      <div class="panel__row">
        <button type="button" data-testid="import-preview" disabled={files.length === 0 || busy} onClick={() => void check()}>
          {t('libraryImportPreview')}
        </button>
      </div>
      {preview ? (
        <div data-testid="import-summary" data-new={preview.fresh} data-duplicates={preview.duplicates} data-errors={preview.errors.length}>
          <ul>
            {preview.files.map((f) => (
              <li key={f.file}>{t('libraryImportSource', [f.file, SOURCE_NAME[f.source], formatNumber(f.count)])}</li>
            ))}
          </ul>
          <p>
            {t('libraryImportSummary', [formatNumber(preview.fresh), formatNumber(preview.withContent), formatNumber(preview.duplicates), formatNumber(preview.mergedTags)])}
          </p>
          {preview.errors.length > 0 ? (
            <>
              <p>{t('libraryImportErrors', formatNumber(preview.errors.length))}</p>
              <ul class="import-panel__errors" data-testid="import-errors">
                {preview.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                  <li key={i}>{e.line === undefined ? `${e.file}: ${e.message}` : t('libraryImportErrorLine', [e.file, String(e.line), e.message])}</li>
                ))}
              </ul>
            </>
          ) : null}
          {preview.fresh > 0 || preview.mergedTags > 0 ? (
            <button type="button" class="primary" data-testid="import-confirm" disabled={busy} onClick={() => void confirm()}>
              {t('libraryImportConfirm', formatNumber(preview.items.length))}
            </button>
          ) : (
            <p>{t('libraryImportNothing')}</p>
          )}
        </div>
      ) : null}
      <p
        class={status.kind === 'error' ? 'panel__error' : status.kind === 'ok' ? 'panel__ok' : 'panel__hint'}
        data-testid="import-status"
        data-state={status.kind}
        role={status.kind === 'error' ? 'alert' : 'status'}
      >
        {status.text}
      </p>
    </section>
  );
}
