import type { Clip, SaveStatus } from './db/clip';
import type { ReadingStatus } from './db/reading-status';
import type { DetectionVerdict } from './detect/types';
import type { ClipCoverage, ClipMode } from './extract/types';
import type { HighlightPatch, NewHighlight } from './db/highlights';
import type { Highlight } from './highlights/types';

/** Why a page cannot be clipped; each has a localized message (`clipError_<code>`). */
export type ClipErrorCode =
  | 'restricted'
  | 'no-tab'
  | 'no-permission'
  | 'pdf'
  | 'empty'
  | 'too-large'
  | 'timeout'
  | 'no-selection'
  | 'storage-full'
  | 'storage'
  | 'failed';

/** What happened to a clip's images: stored, left out by choice (icons, budgets), or lost to a full disk. */
export interface ClipImageOutcome {
  stored: number;
  skipped: number;
  /** Images that did not fit the browser's storage quota (the clip was saved without them). */
  quota: number;
}

/** A clip attempt's outcome, as the popup and the other capture paths show it. */
export type ClipOutcome =
  | { ok: true; status: SaveStatus; clip: Clip; coverage?: ClipCoverage; images?: ClipImageOutcome }
  | { ok: false; code: ClipErrorCode; message: string };

/** What the toolbar shows for a tab. */
export type TabState = 'article' | 'clipped' | 'not-article' | 'cannot-clip' | 'unknown';

/** A tab's status: its state plus what the popup needs to explain it. */
export interface TabStatus {
  state: TabState;
  url?: string;
  clipId?: number;
  reason?: ClipErrorCode;
  verdict?: DetectionVerdict;
  /** The library holds this page only as an import placeholder ("saved, not yet clipped"). */
  saved?: boolean;
}

/**
 * Every message between extension contexts: name → request and response types.
 * The background answers all of them through one handler map.
 */
export interface MessageMap {
  /** Content script → background: the detector's verdict for the page it runs in. */
  pageStatus: { request: { url: string; canonicalUrl?: string; verdict: DetectionVerdict }; response: TabStatus };
  /** Popup → background: the toolbar status of a tab. */
  getTabStatus: { request: { tabId: number }; response: TabStatus };
  /** Popup/commands → background: clip a tab. */
  clipTab: { request: { tabId: number; mode: ClipMode }; response: ClipOutcome };
  /** Pages → background: replace a clip's tags. */
  setTags: { request: { id: number; tags: string[] }; response: Clip };
  /** Pages → background: delete a clip. */
  deleteClip: { request: { id: number }; response: boolean };
  /** Library → background: save a clip's note. */
  setNote: { request: { id: number; note: string }; response: Clip };
  /** Library → background: add tags to many clips; resolves to how many changed. */
  bulkAddTags: { request: { ids: number[]; tags: string[] }; response: number };
  /** Library → background: remove tags from many clips; resolves to how many changed. */
  bulkRemoveTags: { request: { ids: number[]; tags: string[] }; response: number };
  /** Library → background: rename a tag everywhere (onto an existing tag, it merges). */
  renameTag: { request: { from: string; to: string }; response: number };
  /** Library → background: fold tags into one. */
  mergeTags: { request: { sources: string[]; target: string }; response: number };
  /** Library → background: remove a tag from every clip. */
  deleteTag: { request: { tag: string }; response: number };
  /** Library → background: delete clips; resolves to the deleted clips (kept by the page for undo). */
  deleteClips: { request: { ids: number[] }; response: Clip[] };
  /** Library → background: put deleted clips back (undo); resolves to the clips restored. */
  undeleteClips: { request: { clips: Clip[] }; response: Clip[] };
  /** Library → background: set reading status / favourite of clips; resolves to how many changed. */
  setReading: { request: { ids: number[]; status?: ReadingStatus; favorite?: boolean }; response: number };
  /** Library → background: highlight a passage of a clip. */
  addHighlight: { request: NewHighlight; response: Highlight };
  /** Library → background: recolour a highlight or change its note. */
  updateHighlight: { request: { id: number; patch: HighlightPatch }; response: Highlight };
  /** Library → background: delete a highlight; resolves to it (undefined when it was gone). */
  deleteHighlight: { request: { id: number }; response: Highlight | undefined };
}

export type MessageName = keyof MessageMap;
export type RequestOf<K extends MessageName> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageName> = MessageMap[K]['response'];

/** The wire form of a message named K. */
export type Message<K extends MessageName = MessageName> = { [P in K]: { type: P; payload: RequestOf<P> } }[K];

/** The wire form of a reply: errors travel as data so the caller can show them. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
