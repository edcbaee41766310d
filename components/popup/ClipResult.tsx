import type { ClipMode } from '../../utils/extract/types';
import { t } from '../../utils/i18n';
import type { ClipOutcome } from '../../utils/messages';

/** Below this confidence the popup warns that the clip may be incomplete and offers the fallbacks. */
export const LOW_CONFIDENCE = 0.5;

interface Props {
  outcome: ClipOutcome;
  onFallback: (mode: ClipMode) => void;
}

/** The result of the last clip: saved / updated / why it failed, with fallbacks when confidence is low. */
export function ClipResult({ outcome, onFallback }: Props) {
  if (!outcome.ok) {
    // No article found, but the page has text: the whole page or a selection may still be worth keeping.
    const fallback = outcome.code === 'empty' || outcome.code === 'failed';
    return (
      <div class="clip-result clip-result--error" data-testid="clip-result" data-status="error" data-code={outcome.code} role="alert">
        <p>{outcome.message}</p>
        {fallback ? <Fallbacks onFallback={onFallback} /> : null}
      </div>
    );
  }
  const { clip, status, coverage, images } = outcome;
  const low = clip.confidence < LOW_CONFIDENCE;
  const dropped = coverage && (coverage.droppedHeadings > 0 || coverage.droppedParagraphs > 0) ? coverage : null;
  return (
    <div class="clip-result" data-testid="clip-result" data-status={status} role="status">
      <p>{t(status === 'created' ? 'clipSaved' : 'clipUpdated')}</p>
      <p class="clip-result__title">{clip.title || t('untitled')}</p>
      <p class="clip-result__confidence" data-testid="clip-confidence" data-confidence={clip.confidence.toFixed(2)}>
        {low ? t('confidenceLow') : null}
      </p>
      {dropped ? (
        <p class="clip-result__dropped" data-testid="clip-dropped" data-headings={dropped.droppedHeadings} data-paragraphs={dropped.droppedParagraphs}>
          {t('clipDroppedBlocks', [String(dropped.droppedHeadings), String(dropped.droppedParagraphs)])}
        </p>
      ) : null}
      {images && images.quota > 0 ? (
        <p class="clip-result__images clip-result__images--full" data-testid="clip-images-quota" data-count={images.quota} role="alert">
          {t('clipImagesQuota', String(images.quota))}
        </p>
      ) : images && images.stored > 0 ? (
        <p class="clip-result__images" data-testid="clip-images" data-count={images.stored}>
          {t('clipImagesSaved', String(images.stored))}
        </p>
      ) : null}
      {low || dropped ? <Fallbacks onFallback={onFallback} /> : null}
    </div>
  );
}

function Fallbacks({ onFallback }: { onFallback: (mode: ClipMode) => void }) {
  return (
    <div class="clip-result__fallbacks">
      <button type="button" data-testid="clip-selection" onClick={() => onFallback('selection')}>
        {t('clipSelection')}
      </button>
      <button type="button" data-testid="clip-whole-page" onClick={() => onFallback('page')}>
        {t('clipWholePage')}
      </button>
    </div>
  );
}
