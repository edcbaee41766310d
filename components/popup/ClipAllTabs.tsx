import { clipErrorMessage } from '../../utils/clip-error-message';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clipAllTabs, type BatchProgress } from '../../utils/capture/clip-all-tabs';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';

/** "Clip all tabs in this window", with progress and a report of the tabs that were skipped or failed. */
export function ClipAllTabs({ windowId }: { windowId: number | undefined }) {
  const [progress, setProgress] = useState<BatchProgress>();
  const [running, setRunning] = useState(false);

  const run = async () => {
    setRunning(true);
    try {
      const tabs = await browser.tabs.query(windowId === undefined ? { currentWindow: true } : { windowId });
      await clipAllTabs(tabs, (tabId) => sendMessage('clipTab', { tabId, mode: 'article' }), setProgress);
    } finally {
      setRunning(false);
    }
  };

  const failed = progress?.items.filter((item) => !item.outcome.ok) ?? [];
  const saved = (progress?.items.length ?? 0) - failed.length;
  return (
    <section class="clip-all">
      <button type="button" data-testid="clip-all-tabs" disabled={running} onClick={() => void run()}>
        {t('clipAllTabs')}
      </button>
      {progress ? (
        <div data-testid="clip-all-progress" data-done={progress.done} data-total={progress.total} data-saved={saved} role="status">
          <progress max={progress.total} value={progress.done} aria-label={t('clipAllTabs')} />
          <span>{t('clipAllProgress', [String(progress.done), String(progress.total), String(saved)])}</span>
          {failed.length > 0 && !running ? (
            <ul class="clip-all__failed" data-testid="clip-all-report">
              {failed.map((item) => (
                <li key={item.tabId} data-tab-id={item.tabId}>
                  <strong>{item.title}</strong>: {item.outcome.ok ? '' : clipErrorMessage(item.outcome.code)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
