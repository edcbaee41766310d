import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { formatNumber } from './format';

/** Which clips an export takes. */
export type ExportScope = 'selection' | 'filter' | 'all';

const FORMAT_LABEL: Record<ExportFormat, MessageKey> = {
  'markdown-zip': 'libraryFormatMarkdownZip',
  'markdown-combined': 'libraryFormatMarkdownCombined',
  'highlights-markdown': 'libraryFormatHighlightsMarkdown',
  annotations: 'libraryFormatAnnotations',
  json: 'libraryFormatJson',
  csl: 'libraryFormatCsl',
  bibtex: 'libraryFormatBibtex',
  ris: 'libraryFormatRis',
  csv: 'libraryFormatCsv',
  html: 'libraryFormatHtml',
};

const SCOPE_LABEL: Record<ExportScope, MessageKey> = {
  selection: 'libraryExportSelection',
  filter: 'libraryExportFilter',
  all: 'libraryExportAll',
};

interface Props {
  counts: Record<ExportScope, number>;
  /** Resolves to the downloaded file's name. */
  onExport: (scope: ExportScope, format: ExportFormat) => Promise<string>;
}

/** Export the selection, the current filter or everything, in any format. */
export function ExportMenu({ counts, onExport }: Props) {
  const [scope, setScope] = useState<ExportScope>('filter');
  const [format, setFormat] = useState<ExportFormat>('markdown-zip');
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text: string }>({ kind: 'idle', text: '' });
  // Fall back to a scope that has clips, so the button is never a silent no-op.
  const effective: ExportScope = counts[scope] > 0 ? scope : counts.filter > 0 ? 'filter' : 'all';

  const run = async () => {
    setState({ kind: 'busy', text: t('libraryExporting') });
    try {
      const filename = await onExport(effective, format);
      setState({ kind: 'done', text: t('libraryExportDone', filename) });
    } catch (error) {
      setState({ kind: 'error', text: t('libraryExportFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section class="panel export-menu" aria-labelledby="export-heading" data-testid="export-menu">
      <h2 id="export-heading">{t('libraryExportHeading')}</h2>
      <fieldset>
        <legend>{t('libraryExportWhich')}</legend>
        {(['selection', 'filter', 'all'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="export-scope"
              value={option}
              data-testid={`export-scope-${option}`}
              checked={effective === option}
              disabled={counts[option] === 0}
              onChange={() => setScope(option)}
            />
            {t(SCOPE_LABEL[option], formatNumber(counts[option]))}
          </label>
        ))}
      </fieldset>
      <label class="panel__row">
        {t('libraryExportFormat')}
        <select data-testid="export-format" value={format} onChange={(event) => setFormat(parseFormat(event.currentTarget.value))}>
          {EXPORT_FORMATS.map((option) => (
            <option key={option} value={option}>
              {t(FORMAT_LABEL[option])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="primary" data-testid="export-run" disabled={state.kind === 'busy' || counts[effective] === 0} onClick={() => void run()}>
        {t('libraryExportButton', formatNumber(counts[effective]))}
      </button>
      <p class={state.kind === 'error' ? 'panel__error' : 'panel__hint'} data-testid="export-status" data-state={state.kind} role="status">
        {state.text}
      </p>
    </section>
  );
}

function parseFormat(value: string): ExportFormat {
  return EXPORT_FORMATS.find((format) => format === value) ?? 'markdown-zip';
}
