import { useEffect, useState } from 'preact/hooks';
import type { HighlightPatch } from '../../utils/db/highlights';
import { HIGHLIGHT_COLORS, isHighlightColor, type Highlight } from '../../utils/highlights/types';
import { t } from '../../utils/i18n';
import { COLOR_LABEL } from './HighlightToolbar';

interface Props {
  highlights: readonly Highlight[];
  /** Ids the reader could not find in the article (besides those stored as orphaned). */
  missing: ReadonlySet<number>;
  focusId?: number;
  onUpdate: (id: number, patch: HighlightPatch) => void;
  onDelete: (id: number) => void;
}

function HighlightItem({ highlight, orphaned, focus, onUpdate, onDelete }: { highlight: Highlight; orphaned: boolean; focus: boolean } & Pick<Props, 'onUpdate' | 'onDelete'>) {
  const [note, setNote] = useState(highlight.note);
  useEffect(() => setNote(highlight.note), [highlight.note]);
  const id = `highlight-note-${highlight.id}`;
  return (
    <li
      class={`highlight-item hl-border--${highlight.color}`}
      data-testid="highlight-item"
      data-highlight-id={highlight.id}
      data-orphaned={String(orphaned)}
      tabIndex={-1}
      ref={(el) => {
        if (focus && el) el.focus();
      }}
    >
      <blockquote class="highlight-item__quote" dir="auto" data-testid="highlight-quote">
        {highlight.quote.exact}
      </blockquote>
      {orphaned ? (
        <p class="highlight-item__orphan" data-testid="highlight-orphaned">
          {t('highlightOrphaned')}
        </p>
      ) : null}
      <div class="highlight-item__controls">
        <label>
          {t('highlightColor')}{' '}
          <select
            data-testid="highlight-recolor"
            value={highlight.color}
            onChange={(event) => {
              const color = event.currentTarget.value;
              if (isHighlightColor(color)) onUpdate(highlight.id, { color });
            }}
          >
            {HIGHLIGHT_COLORS.map((color) => (
              <option key={color} value={color}>
                {t(COLOR_LABEL[color])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="danger" data-testid="highlight-delete" onClick={() => onDelete(highlight.id)}>
          {t('highlightDelete')}
        </button>
      </div>
      <label for={id} class="highlight-item__note-label">
        {t('highlightNote')}
      </label>
      <textarea
        id={id}
        data-testid="highlight-note"
        dir="auto"
        rows={2}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
        onBlur={() => {
          if (note !== highlight.note) onUpdate(highlight.id, { note });
        }}
      />
    </li>
  );
}

/** The clip's highlights beside the article: quote, colour, note, delete; orphans flagged. */
export function HighlightList({ highlights, missing, focusId, onUpdate, onDelete }: Props) {
  return (
    <section class="highlight-list" aria-labelledby="highlight-list-heading" data-testid="highlight-list">
      <h2 id="highlight-list-heading" class="reader__aside-heading">
        {t('highlightsHeading', String(highlights.length))}
      </h2>
      {highlights.length === 0 ? <p class="highlight-list__empty">{t('highlightsEmpty')}</p> : null}
      <ul>
        {highlights.map((h) => (
          <HighlightItem key={h.id} highlight={h} orphaned={h.orphaned || missing.has(h.id)} focus={focusId === h.id} onUpdate={onUpdate} onDelete={onDelete} />
        ))}
      </ul>
    </section>
  );
}
