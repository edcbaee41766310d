import { clipErrorMessage } from '../../utils/clip-error-message';
import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import type { TabState, TabStatus } from '../../utils/messages';

const STATUS_TEXT: Record<TabState, MessageKey> = {
  article: 'statusArticle',
  clipped: 'statusClipped',
  'not-article': 'statusNotArticle',
  'cannot-clip': 'statusCannotClip',
  unknown: 'statusUnknown',
};

/** One line saying whether the target page is an article, already clipped, or cannot be clipped (and why). */
export function PageStatus({ status }: { status: TabStatus | undefined }) {
  const state = status?.state ?? 'unknown';
  return (
    <p class={`page-status page-status--${state}`} data-testid="page-status" data-state={state} data-saved={String(status?.saved ?? false)} role="status">
      {status?.saved ? t('statusSaved') : t(STATUS_TEXT[state])}
      {state === 'cannot-clip' && status?.reason ? ` ${clipErrorMessage(status.reason)}` : null}
    </p>
  );
}
