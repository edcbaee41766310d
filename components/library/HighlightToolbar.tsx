import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/highlights/types';
import { t, type MessageKey } from '../../utils/i18n';

/** Localized name of each colour (buttons are labelled, not just coloured). */
export const COLOR_LABEL: Record<HighlightColor, MessageKey> = {
  yellow: 'highlightColorYellow',
  green: 'highlightColorGreen',
  blue: 'highlightColorBlue',
  pink: 'highlightColorPink',
  purple: 'highlightColorPurple',
};

interface Props {
  onHighlight: (color: HighlightColor) => void;
}

/** Shown while text is selected in the reader: highlight it in one of the colours (or press H). */
export function HighlightToolbar({ onHighlight }: Props) {
  return (
    <div class="highlight-toolbar" role="toolbar" aria-label={t('highlightToolbar')} data-testid="highlight-toolbar">
      <span class="highlight-toolbar__label">{t('highlightSelection')}</span>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`highlight-swatch hl--${color}`}
          data-testid={`highlight-color-${color}`}
          aria-label={t('highlightWithColor', t(COLOR_LABEL[color]))}
          title={t('highlightWithColor', t(COLOR_LABEL[color]))}
          // Keep the selection: a mousedown on a button would otherwise clear it first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onHighlight(color)}
        />
      ))}
    </div>
  );
}
