import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

/** How long the Undo button stays after a delete. */
export const UNDO_WINDOW_MS = 8000;

interface Props {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "N clips deleted — Undo" for a few seconds; Escape or the timeout dismisses it. */
export function UndoToast({ message, onUndo, onDismiss }: Props) {
  const dismissRef = useRef(onDismiss);
  dismissRef.current = onDismiss;
  useEffect(() => {
    const timer = setTimeout(() => dismissRef.current(), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      <span>{message}</span>
      <button type="button" class="toast__action" data-testid="undo-delete" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
      <button type="button" class="toast__close" aria-label={t('libraryDismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
