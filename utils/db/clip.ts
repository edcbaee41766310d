import type { ClipDraft } from '../extract/types';
import type { ReadingFields } from './reading-status';

/** A clip as stored in the library. */
export interface Clip extends ClipDraft, ReadingFields {
  id: number;
  /** Epoch milliseconds of the first clip of this canonical URL. */
  clippedAt: number;
  /** Epoch milliseconds of the last change (re-clip, tags, note). */
  updatedAt: number;
  /** Tags in the user's spelling; matched case-insensitively. */
  tags: string[];
  note: string;
  /**
   * Quotes and notes of the clip's highlights, derived from the highlights table (v4) and kept in
   * step by its writes, so search indexes them with the note. Absent when it has none.
   */
  highlightText?: string;
}

/** Whether saving created a new clip or updated the one with the same canonical URL. */
export type SaveStatus = 'created' | 'updated';
