import { deleteClip, deleteClips, undeleteClips } from '../db/clips';
import { addHighlight, deleteHighlight, updateHighlight } from '../db/highlights';
import { setClipNote } from '../db/notes';
import { setReading } from '../db/reading';
import { bulkAddTags, bulkRemoveTags, deleteTag, mergeTagsInto, renameTag, setClipTags } from '../db/tags';
import type { HandlerMap } from '../messaging';
import { showBadge } from './badge';
import { clipTab } from './clip-tab';
import { scheduleSearchUpkeep } from './search-upkeep';
import { currentTabStatus, resolveTabStatus } from './tab-status';

/** A library write: its change is searchable at once (delta rows); fold it into the index soon after. */
function write<P, R>(run: (payload: P) => Promise<R>): (payload: P) => Promise<R> {
  return async (payload) => {
    const result = await run(payload);
    scheduleSearchUpkeep();
    return result;
  };
}

/** The background's answer to every message (one entry per name in `MessageMap`). */
export const handlers: HandlerMap = {
  async pageStatus({ url, verdict, canonicalUrl }, { tabId }) {
    if (tabId === undefined) throw new Error('pageStatus must come from a tab');
    const status = await resolveTabStatus(tabId, url, verdict, canonicalUrl);
    await showBadge(tabId, status);
    return status;
  },
  async getTabStatus({ tabId }) {
    const status = await currentTabStatus(tabId);
    await showBadge(tabId, status);
    return status;
  },
  clipTab: ({ tabId, mode }) => clipTab(tabId, mode),
  setTags: write(({ id, tags }) => setClipTags(id, tags)),
  deleteClip: write(({ id }) => deleteClip(id)),
  setNote: write(({ id, note }) => setClipNote(id, note)),
  bulkAddTags: write(({ ids, tags }) => bulkAddTags(ids, tags)),
  bulkRemoveTags: write(({ ids, tags }) => bulkRemoveTags(ids, tags)),
  renameTag: write(({ from, to }) => renameTag(from, to)),
  mergeTags: write(({ sources, target }) => mergeTagsInto(sources, target)),
  deleteTag: write(({ tag }) => deleteTag(tag)),
  deleteClips: write(({ ids }) => deleteClips(ids)),
  undeleteClips: write(({ clips }) => undeleteClips(clips)),
  setReading: write(({ ids, status, favorite }) => setReading(ids, { ...(status ? { status } : {}), ...(favorite !== undefined ? { favorite } : {}) })),
  addHighlight: write((input) => addHighlight(input)),
  updateHighlight: write(({ id, patch }) => updateHighlight(id, patch)),
  deleteHighlight: write(({ id }) => deleteHighlight(id)),
};
