/**
 * The library's data layer — the only module (with utils/search) UI code imports for data.
 *
 * Clips:   saveClip, getClip, findClipByCanonicalUrl, recentClips, deleteClip, deleteClips,
 *          undeleteClips (undo), findClipForPage, getClips, importClips (bulk; queued for indexing)
 * Lists:   listClips(filter, sort, range) → ClipSummary[], listClipIds, countClips(filter),
 *          siteCounts, languageCounts (fast at 100k: summaries table, keys-only index reads)
 * Tags:    setClipTags, addClipTags, removeClipTags, bulkAddTags, bulkRemoveTags, renameTag,
 *          mergeTagsInto, deleteTag, tagCounts, tagUsage, suggestTags (prefix + frequency)
 * Notes:   setClipNote
 * Every write keeps summaries, tag counts and the search index consistent in one transaction.
 * Code that writes `clips` itself (restore) must call recordClipChanges / clearDerivedData inside
 * its transaction over derivedTables(db); resyncDerivedData repairs a library written without.
 */
export type { Clip, SaveStatus } from './clip';
export type { ClipSummary } from './clip-summary';
export { saveClip, getClip, findClipByCanonicalUrl, recentClips, deleteClip, deleteClips, undeleteClips, findClipForPage, getClips, type SaveResult } from './clips';
export { importClips, type ImportedClip, type ImportResult } from './import-clips';
export { listClips, listClipIds, countClips, type ClipFilter, type ClipSort, type ClipSortField, type ListRange } from './list-clips';
export { siteCounts, languageCounts, type FacetCount } from './facet-counts';
export { setClipTags, addClipTags, removeClipTags, mergeTags, normalizeTag, tagKey } from './tags';
export { bulkAddTags, bulkRemoveTags } from './tag-bulk';
export { renameTag, mergeTagsInto, deleteTag } from './tag-admin';
export { tagCounts, tagUsage, suggestTags, type TagCount } from './tag-counts';
export { setClipNote } from './notes';
export { getDb, setDb, GleanerDb, DB_NAME, SCHEMA_VERSION } from './schema';
export { recordClipChanges, changeTables, type ClipChange } from './clip-change';
export { clearDerivedData, resyncDerivedData, derivedTables } from './derived-data';
