/** The library page's writes: every one is a message to the background, which owns the database. */
import type { Clip } from '../../utils/db/clip';
import type { ReadingStatus } from '../../utils/db/reading-status';
import type { HighlightPatch, NewHighlight } from '../../utils/db/highlights';
import { sendMessage } from '../../utils/messaging';

/** Replace one clip's tags. */
export const setClipTags = (id: number, tags: string[]) => sendMessage('setTags', { id, tags });

/** Save one clip's note. */
export const setClipNote = (id: number, note: string) => sendMessage('setNote', { id, note });

/** Add a tag to many clips. */
export const addTagToClips = (ids: readonly number[], tag: string) => sendMessage('bulkAddTags', { ids: [...ids], tags: [tag] });

/** Remove a tag from many clips. */
export const removeTagFromClips = (ids: readonly number[], tag: string) => sendMessage('bulkRemoveTags', { ids: [...ids], tags: [tag] });

/** Rename a tag on every clip. */
export const renameTag = (from: string, to: string) => sendMessage('renameTag', { from, to });

/** Fold one tag into another on every clip. */
export const mergeTags = (from: string, into: string) => sendMessage('mergeTags', { sources: [from], target: into });

/** Remove a tag from every clip. */
export const deleteTag = (tag: string) => sendMessage('deleteTag', { tag });

/** Delete clips; resolves to the deleted clips, which `undeleteClips` can put back. */
export const deleteClips = (ids: readonly number[]): Promise<Clip[]> => sendMessage('deleteClips', { ids: [...ids] });

/** Put deleted clips back as they were (same ids, tags and notes). */
export const undeleteClips = (clips: readonly Clip[]) => sendMessage('undeleteClips', { clips: [...clips] });

/** Mark clips read (archived) or unread. */
export const setClipsStatus = (ids: readonly number[], status: ReadingStatus) => sendMessage('setReading', { ids: [...ids], status });

/** Favourite or unfavourite clips. */
export const setClipsFavorite = (ids: readonly number[], favorite: boolean) => sendMessage('setReading', { ids: [...ids], favorite });
/** Highlight a passage of a clip. */
export const addHighlight = (input: NewHighlight) => sendMessage('addHighlight', input);

/** Recolour a highlight or change its note. */
export const updateHighlight = (id: number, patch: HighlightPatch) => sendMessage('updateHighlight', { id, patch });

/** Delete a highlight. */
export const deleteHighlight = (id: number) => sendMessage('deleteHighlight', { id });
