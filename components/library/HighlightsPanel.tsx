import { useState } from 'preact/hooks';
import { highlightEntries } from '../../utils/db/highlights';
import { t } from '../../utils/i18n';
import { useObserved } from '../shared/use-observed';
import { groupHighlights, type HighlightGrouping } from './group-highlights';

interface Props {
  onOpen: (clipId: number) => void;
}

function HighlightsBody({ onOpen }: Props) {
  const entries = useObserved(highlightEntries, [], []);
  const [by, setBy] = useState<HighlightGrouping>('clip');
  const groups = groupHighlights(entries, by);
  return (
    <div data-testid="highlights-view" data-grouping={by}>
      <fieldset class="highlights-view__grouping">
        <legend class="visually-hidden">{t('highlightsViewTitle')}</legend>
        <label>
          <input type="radio" name="highlight-grouping" data-testid="highlights-by-clip" checked={by === 'clip'} onChange={() => setBy('clip')} />
          {t('highlightsViewByClip')}
        </label>
        <label>
          <input type="radio" name="highlight-grouping" data-testid="highlights-by-tag" checked={by === 'tag'} onChange={() => setBy('tag')} />
          {t('highlightsViewByTag')}
        </label>
      </fieldset>
      {groups.length === 0 ? <p>{t('highlightsViewEmpty')}</p> : null}
      {groups.map((group) => (
        <section key={group.key} class="highlights-view__group" data-testid="highlights-group">
          <h3 dir="auto">{group.label || t('highlightsViewUntagged')}</h3>
          <ul>
            {group.entries.map(({ highlight, clipTitle }) => (
              <li key={`${group.key}-${highlight.id}`} class={`highlight-item hl-border--${highlight.color}`} data-testid="highlights-entry">
                <blockquote class="highlight-item__quote" dir="auto">
                  {highlight.quote.exact}
                </blockquote>
                {highlight.note ? <p dir="auto">{highlight.note}</p> : null}
                <a
                  href={`#/clip/${highlight.clipId}`}
                  dir="auto"
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(highlight.clipId);
                  }}
                >
                  {clipTitle || t('untitled')}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Every highlight across the library, by clip or by tag; read only while the panel is open. */
export function HighlightsPanel({ onOpen }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details class="panel" data-testid="highlights-panel" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('highlightsViewOpen')}</summary>
      {open ? <HighlightsBody onOpen={onOpen} /> : null}
    </details>
  );
}
