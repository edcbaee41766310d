import { useEffect, useState } from 'preact/hooks';
import { imageStorageBytes } from '../../utils/db/images';
import { t } from '../../utils/i18n';
import { formatBytes } from './format';

interface StorageInfo {
  usage: number | undefined;
  quota: number | undefined;
  persisted: boolean | undefined;
  /** Bytes of stored images (the rest of `usage` is text, the search index and the browser's overhead). */
  images?: number;
}

/** Read storage usage and whether the browser promised to keep the data. */
export async function readStorageInfo(storage: StorageManager | undefined = navigator.storage): Promise<StorageInfo> {
  if (!storage) return { usage: undefined, quota: undefined, persisted: undefined };
  const [estimate, persisted] = await Promise.all([
    storage.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
    storage.persisted ? storage.persisted().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

/** Storage used by the library and a button asking the browser to never evict it. */
export function StoragePanel({ clipCount }: { clipCount: number }) {
  const [info, setInfo] = useState<StorageInfo>({ usage: undefined, quota: undefined, persisted: undefined });
  const [denied, setDenied] = useState(false);

  // Re-read when the number of clips changes: that is when usage moves.
  useEffect(() => {
    let live = true;
    void Promise.all([readStorageInfo(), imageStorageBytes().catch(() => undefined)]).then(([value, images]) => {
      if (live) setInfo(images === undefined ? value : { ...value, images });
    });
    return () => {
      live = false;
    };
  }, [clipCount]);

  const persist = async () => {
    const granted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
    setDenied(!granted);
    const next = await readStorageInfo();
    setInfo((previous) => ({ ...next, images: previous.images }));
  };

  return (
    <section class="panel storage-panel" aria-labelledby="storage-heading" data-testid="storage-panel">
      <h2 id="storage-heading">{t('libraryStorageHeading')}</h2>
      <p data-testid="storage-used" data-bytes={info.usage ?? ''}>
        {info.usage === undefined
          ? t('libraryStorageUnknown')
          : info.quota
            ? t('libraryStorageUsedOf', [formatBytes(info.usage), formatBytes(info.quota)])
            : t('libraryStorageUsed', formatBytes(info.usage))}
      </p>
      {info.images !== undefined && info.usage !== undefined ? (
        <p data-testid="storage-split" data-image-bytes={info.images}>
          {t('libraryStorageSplit', [formatBytes(info.images), formatBytes(Math.max(0, info.usage - info.images))])}
        </p>
      ) : null}
      <p data-testid="storage-persisted" data-persisted={String(info.persisted ?? false)}>
        {info.persisted ? t('libraryStoragePersisted') : t('libraryStorageNotPersisted')}
      </p>
      {info.persisted ? null : (
        <button type="button" data-testid="storage-persist" onClick={() => void persist()}>
          {t('libraryStoragePersist')}
        </button>
      )}
      {denied && !info.persisted ? (
        <p class="panel__hint" role="status">
          {t('libraryStoragePersistDenied')}
        </p>
      ) : null}
    </section>
  );
}
