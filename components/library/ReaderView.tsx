import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../utils/db/clip';
import { getClip } from '../../utils/db/clips';
import { t } from '../../utils/i18n';
import { TagEditor } from '../shared/TagEditor';
import { useObserved } from '../shared/use-observed';
import { formatDate, formatNumber } from './format';
import { NoteEditor } from './NoteEditor';
import { hasUnstoredImages, ReaderBody } from './ReaderBody';
import { useStoredImages } from './use-stored-images';

/** Only web links are shown as links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** What the reader asks the page to do (all writes go through the background). */
export interface ReaderActions {
  setTags: (id: number, tags: string[]) => Promise<unknown>;
  setNote: (id: number, note: string) => Promise<unknown>;
  delete: (clip: Clip) => void;
  close: () => void;
}

interface Props {
  clipId: number;
  actions: ReaderActions;
}

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; clip: Clip };

/** The reading view of one clip: header, sanitized body, link to the original, tags, note, delete. */
export function ReaderView({ clipId, actions }: Props) {
  const loaded = useObserved<Loaded>(
    async () => {
      const clip = await getClip(clipId);
      return clip ? { state: 'ready', clip } : { state: 'missing' };
    },
    [clipId],
    { state: 'loading' },
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = loaded.state === 'ready';
  const [showImages, setShowImages] = useState(false);
  const storedImages = useStoredImages(clipId);
  const html = loaded.state === 'ready' ? loaded.clip.html : '';
  // Only images with no stored copy need the button (and a request to their site).
  const unstored = useMemo(() => hasUnstoredImages(html, storedImages), [html, storedImages]);
  useEffect(() => setShowImages(false), [clipId]);

  // Move focus into the reader when it opens, so screen readers start at the title.
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [clipId, ready]);

  const closeButton = (
    <button type="button" class="reader__close" data-testid="reader-close" onClick={actions.close}>
      {t('libraryReaderBack')}
    </button>
  );

  if (loaded.state !== 'ready') {
    return (
      <article class="reader" data-testid="reader" data-state={loaded.state} aria-busy={loaded.state === 'loading'}>
        <div class="reader__bar">{closeButton}</div>
        {loaded.state === 'missing' ? (
          <p class="reader__missing" role="alert">
            {t('libraryReaderMissing')}
          </p>
        ) : null}
      </article>
    );
  }

  const { clip } = loaded;
  const href = safeHref(clip.url);
  const published = formatDate(clip.published);
  return (
    <article class="reader" data-testid="reader" data-state="ready" data-clip-id={clip.id} aria-labelledby="reader-title" lang={clip.lang ?? undefined}>
      <div class="reader__bar">
        {closeButton}
        <button type="button" class="danger" data-testid="reader-delete" onClick={() => actions.delete(clip)}>
          {t('libraryDeleteClip')}
        </button>
      </div>
      <header class="reader__header">
        <p class="reader__site" dir="auto">
          {clip.siteName ?? (href ? new URL(href).hostname : '')}
        </p>
        <h1 id="reader-title" class="reader__title" dir="auto" tabIndex={-1} ref={heading} data-testid="reader-title">
          {clip.title || t('untitled')}
        </h1>
        <p class="reader__meta">
          {clip.byline ? (
            <span class="reader__byline" dir="auto" data-testid="reader-byline">
              {clip.byline}
            </span>
          ) : null}
          {published ? <time dateTime={clip.published ?? undefined}>{published}</time> : null}
          <span>{t('libraryReaderClipped', formatDate(clip.clippedAt))}</span>
          {clip.wordCount > 0 ? <span>{t('libraryReaderWords', formatNumber(clip.wordCount))}</span> : null}
        </p>
        <p class="reader__original">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" data-testid="reader-original">
              {t('libraryReaderOriginal')}
            </a>
          ) : (
            <span data-testid="reader-original">{clip.url}</span>
          )}
        </p>
      </header>
      {unstored && !showImages ? (
        <p class="reader__images-note">
          <button type="button" data-testid="reader-show-images" onClick={() => setShowImages(true)}>
            {t('libraryReaderShowImages')}
          </button>{' '}
          {t('libraryReaderImagesBlocked')}
        </p>
      ) : null}
      <ReaderBody html={clip.html} lang={clip.lang} remoteImages={showImages} storedImages={storedImages} />
      <aside class="reader__aside" aria-label={t('libraryReaderDetails')}>
        <h2 class="reader__aside-heading">{t('libraryTagsHeading')}</h2>
        <TagEditor tags={clip.tags} onChange={(tags) => void actions.setTags(clip.id, tags)} />
        <NoteEditor clipId={clip.id} note={clip.note} onSave={(note) => actions.setNote(clip.id, note)} />
      </aside>
    </article>
  );
}
