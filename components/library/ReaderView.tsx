import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../utils/db/clip';
import { readingOf, type ReadingStatus } from '../../utils/db/reading-status';
import { getClip } from '../../utils/db/clips';
import { clipHighlights, type HighlightPatch, type NewHighlight } from '../../utils/db/highlights';
import type { DrawResult } from '../../utils/highlights/draw-highlights';
import { targetFromSelection } from '../../utils/highlights/target-from-selection';
import type { Highlight, HighlightColor } from '../../utils/highlights/types';
import { t } from '../../utils/i18n';
import { TagEditor } from '../shared/TagEditor';
import { useObserved } from '../shared/use-observed';
import { formatDate, formatNumber } from './format';
import { NoteEditor } from './NoteEditor';
import { HighlightList } from './HighlightList';
import { isHighlightShortcut, selectionRangeIn } from './highlight-selection';
import { HighlightToolbar } from './HighlightToolbar';
import { ReaderBody } from './ReaderBody';

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
  /** Mark read (archive) or unread. */
  setStatus: (id: number, status: ReadingStatus) => Promise<unknown>;
  setFavorite: (id: number, favorite: boolean) => Promise<unknown>;
  /** Highlight writes; without them the reader shows highlights but cannot make new ones. */
  highlights?: HighlightActions;
}

/** Writes of the reader's highlights (through the background, like tags and notes). */
export interface HighlightActions {
  add: (input: NewHighlight) => Promise<unknown>;
  update: (id: number, patch: HighlightPatch) => Promise<unknown>;
  delete: (id: number) => Promise<unknown>;
}

const NO_HIGHLIGHTS: Highlight[] = [];
const NO_IDS: ReadonlySet<number> = new Set();

interface Props {
  clipId: number;
  actions: ReaderActions;
}

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; clip: Clip };

/** Whether the clip shows images from other sites (which the reader loads only on request). */
function hasRemoteImages(html: string): boolean {
  return /<img\b[^>]*\ssrc=["']?https?:/i.test(html);
}

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
  const highlights = useObserved(() => clipHighlights(clipId), [clipId], NO_HIGHLIGHTS);
  const [missing, setMissing] = useState<ReadonlySet<number>>(NO_IDS);
  const [hasSelection, setHasSelection] = useState(false);
  const [focusId, setFocusId] = useState<number | undefined>(undefined);
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = loaded.state === 'ready';
  const clipText = loaded.state === 'ready' ? loaded.clip.text : '';
  const highlightActions = actions.highlights;

  const onDraw = useCallback((result: DrawResult) => setMissing(new Set(result.orphaned)), []);

  // Highlight the current selection (toolbar button or the H shortcut); the selection is then cleared.
  const highlightSelection = useCallback(
    (color: HighlightColor) => {
      const range = selectionRangeIn(body.current, document.getSelection());
      if (!range || !body.current || !highlightActions) return;
      const target = targetFromSelection(body.current, range, clipText);
      if (!target) return;
      document.getSelection()?.removeAllRanges();
      setHasSelection(false);
      void highlightActions.add({ clipId, color, ...target });
    },
    [clipId, clipText, highlightActions],
  );

  useEffect(() => {
    if (!highlightActions) return;
    const onSelection = () => setHasSelection(selectionRangeIn(body.current, document.getSelection()) !== null);
    const onKey = (event: KeyboardEvent) => {
      if (!isHighlightShortcut(event) || !selectionRangeIn(body.current, document.getSelection())) return;
      event.preventDefault();
      highlightSelection('yellow');
    };
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('keydown', onKey);
    };
  }, [highlightActions, highlightSelection]);
  const [showImages, setShowImages] = useState(false);
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
  const reading = readingOf(clip);
  return (
    <article class="reader" data-testid="reader" data-state="ready" data-clip-id={clip.id} aria-labelledby="reader-title" lang={clip.lang ?? undefined}>
      <div class="reader__bar">
        {closeButton}
        <button
          type="button"
          class="primary"
          data-testid="reader-mark-read"
          data-status={reading.status}
          onClick={() => void actions.setStatus(clip.id, reading.status === 'archived' ? 'unread' : 'archived')}
        >
          {t(reading.status === 'archived' ? 'libraryMarkUnread' : 'libraryMarkRead')}
        </button>
        <button
          type="button"
          data-testid="reader-favorite"
          aria-pressed={reading.favorite}
          onClick={() => void actions.setFavorite(clip.id, !reading.favorite)}
        >
          {reading.favorite ? '★ ' : '☆ '}
          {t('libraryFavorite')}
        </button>
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
      {reading.placeholder ? (
        <p class="reader__placeholder" role="note" data-testid="reader-placeholder">
          {t('libraryPlaceholderReader')}
        </p>
      ) : null}
      {hasRemoteImages(clip.html) && !showImages ? (
        <p class="reader__images-note">
          <button type="button" data-testid="reader-show-images" onClick={() => setShowImages(true)}>
            {t('libraryReaderShowImages')}
          </button>{' '}
          {t('libraryReaderImagesBlocked')}
        </p>
      ) : null}
      {hasSelection && highlightActions ? <HighlightToolbar onHighlight={highlightSelection} /> : null}
      <div
        class="reader__body-wrap"
        onClick={(event) => {
          // A click on a highlight jumps to its entry (colour, note, delete) beside the article.
          const mark = event.target instanceof Element ? event.target.closest('mark[data-highlight-id]') : null;
          if (mark) setFocusId(Number(mark.getAttribute('data-highlight-id')));
        }}
      >
        <ReaderBody html={clip.html} lang={clip.lang} remoteImages={showImages} highlights={highlights} bodyRef={body} onDraw={onDraw} />
      </div>
      <aside class="reader__aside" aria-label={t('libraryReaderDetails')}>
        <HighlightList
          highlights={highlights}
          missing={missing}
          focusId={focusId}
          onUpdate={(id, patch) => void highlightActions?.update(id, patch)}
          onDelete={(id) => void highlightActions?.delete(id)}
        />
        <h2 class="reader__aside-heading">{t('libraryTagsHeading')}</h2>
        <TagEditor tags={clip.tags} onChange={(tags) => void actions.setTags(clip.id, tags)} />
        <NoteEditor clipId={clip.id} note={clip.note} onSave={(note) => actions.setNote(clip.id, note)} />
      </aside>
    </article>
  );
}
