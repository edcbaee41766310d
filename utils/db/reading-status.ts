/** Whether a clip is still to read or done with (archived). */
export type ReadingStatus = 'unread' | 'archived';

/** Every reading status, in menu order. */
export const READING_STATUSES: readonly ReadingStatus[] = ['unread', 'archived'];

/** The reading fields of a clip (rows written before schema v3 may lack them). */
export interface ReadingFields {
  /** v3: unread until the user marks it read (archives it). */
  status?: ReadingStatus;
  /** v3: starred by the user. */
  favorite?: boolean;
  /** v3: saved from an import with only its address: "saved, not yet clipped". */
  placeholder?: boolean;
}

/** The reading fields with their defaults filled in (what a v2 row means). */
export function readingOf(clip: ReadingFields): Required<ReadingFields> {
  return { status: clip.status ?? 'unread', favorite: clip.favorite ?? false, placeholder: clip.placeholder ?? false };
}

/** Whether a value is a reading status. */
export function isReadingStatus(value: unknown): value is ReadingStatus {
  return value === 'unread' || value === 'archived';
}
