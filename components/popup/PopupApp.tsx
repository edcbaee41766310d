import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Clip } from '../../utils/db/clip';
import { getClip, recentClips } from '../../utils/db/clips';
import { downloadTextFile } from '../../utils/download-file';
import { clipToMarkdownFile } from '../../utils/export/markdown';
import type { ClipMode } from '../../utils/extract/types';
import { t } from '../../utils/i18n';
import type { ClipOutcome, TabStatus } from '../../utils/messages';
import { sendMessage } from '../../utils/messaging';
import { DbErrorBanner } from '../shared/DbErrorBanner';
import { TagEditor } from '../shared/TagEditor';
import { useObserved } from '../shared/use-observed';
import { ClipAllTabs } from './ClipAllTabs';
import { ClipResult } from './ClipResult';
import { PageStatus } from './PageStatus';
import { PopupSearch } from './PopupSearch';
import { findTargetTabId } from './target-tab';

/** The toolbar popup: page status, Clip, the clip's tags and export, and search over the library. */
export function PopupApp({ search }: { search: string }) {
  const [tabId, setTabId] = useState<number>();
  const [status, setStatus] = useState<TabStatus>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ClipOutcome>();
  const [currentId, setCurrentId] = useState<number>();
  const [windowId, setWindowId] = useState<number>();
  const [exported, setExported] = useState<string>();

  useEffect(() => {
    void (async () => {
      const id = await findTargetTabId(search);
      setTabId(id);
      if (id === undefined) return setStatus({ state: 'cannot-clip', reason: 'no-tab' });
      setWindowId((await browser.tabs.get(id)).windowId);
      const tabStatus = await sendMessage('getTabStatus', { tabId: id });
      setStatus(tabStatus);
      if (tabStatus.clipId !== undefined) setCurrentId(tabStatus.clipId);
    })();
  }, [search]);

  const current = useObserved<Clip | undefined>(
    async () => (currentId === undefined ? undefined : getClip(currentId)),
    [currentId],
    undefined,
  );

  const clip = async (mode: ClipMode) => {
    if (tabId === undefined || busy) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await sendMessage('clipTab', { tabId, mode });
      setOutcome(result);
      if (result.ok) {
        // Ask once the library holds something worth keeping; the browser may then never evict it.
        void navigator.storage?.persist?.().catch(() => undefined);
        setCurrentId(result.clip.id);
        setStatus({ state: 'clipped', clipId: result.clip.id, url: result.clip.url });
      }
    } catch {
      // The message channel broke: the service worker was stopped or restarted mid-clip.
      setOutcome({ ok: false, code: 'failed', message: t('clipInterrupted') });
    } finally {
      setBusy(false);
    }
  };

  const exportMarkdown = async () => {
    if (!current) return;
    const file = clipToMarkdownFile(current);
    await downloadTextFile(file.filename, file.content);
    setExported(file.filename);
  };

  const openLibrary = (clipId?: number) =>
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') + (clipId ? `#/clip/${clipId}` : '') });

  const cannotClip = status?.state === 'cannot-clip';
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" data-testid="open-library" onClick={() => openLibrary()}>
          {t('openLibrary')}
        </button>
      </header>
      <DbErrorBanner />
      <PageStatus status={status} />
      <button
        type="button"
        class="primary"
        data-testid="clip-button"
        disabled={busy || cannotClip || tabId === undefined}
        aria-busy={busy}
        onClick={() => void clip('article')}
      >
        {busy ? t('clipping') : t(status?.state === 'clipped' ? 'reclipButton' : 'clipButton')}
      </button>
      {outcome ? <ClipResult outcome={outcome} onFallback={(mode) => void clip(mode)} /> : null}
      {current ? (
        <section class="popup__current" aria-label={current.title}>
          <TagEditor tags={current.tags} onChange={(tags) => void sendMessage('setTags', { id: current.id, tags })} />
          <button type="button" data-testid="export-markdown" onClick={() => void exportMarkdown()}>
            {t('exportMarkdown')}
          </button>
          {exported ? (
            <p class="popup__exported" data-testid="export-result" data-filename={exported} role="status">
              {t('exportDone', exported)}
            </p>
          ) : null}
        </section>
      ) : null}
      <ClipAllTabs windowId={windowId} />
      <PopupSearch recent={useObserved(() => recentClips(8), [], [])} onOpen={openLibrary} />
    </main>
  );
}
