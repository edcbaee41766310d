import { deleteClip } from '../db/clips';
import { setClipTags } from '../db/tags';
import { deleteClips, undeleteClips } from '../db/clips';
import { setClipNote } from '../db/notes';
import { bulkAddTags, bulkRemoveTags, deleteTag, mergeTagsInto, renameTag } from '../db/tags';
import type { HandlerMap } from '../messaging';
import { showBadge } from './badge';
import { clipTab } from './clip-tab';
import { currentTabStatus, resolveTabStatus } from './tab-status';

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
  setTags: ({ id, tags }) => setClipTags(id, tags),
  deleteClip: ({ id }) => deleteClip(id),
  setNote: ({ id, note }) => setClipNote(id, note),
  bulkAddTags: ({ ids, tags }) => bulkAddTags(ids, tags),
  bulkRemoveTags: ({ ids, tags }) => bulkRemoveTags(ids, tags),
  renameTag: ({ from, to }) => renameTag(from, to),
  mergeTags: ({ sources, target }) => mergeTagsInto(sources, target),
  deleteTag: ({ tag }) => deleteTag(tag),
  deleteClips: ({ ids }) => deleteClips(ids),
  undeleteClips: ({ clips }) => undeleteClips(clips),
};
