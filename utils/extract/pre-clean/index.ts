import { removeAdsRule } from './remove-ads';
import { removeArticleMetaRule } from './remove-article-meta';
import { removeAuthorBioRule } from './remove-author-bio';
import { removeCommentsRule } from './remove-comments';
import { removeDisclaimersRule } from './remove-disclaimers';
import { removeEngagementBoxesRule } from './remove-engagement-boxes';
import { removeConsentDialogsRule } from './remove-consent-dialogs';
import { removeHeaderExtrasRule } from './remove-header-extras';
import { removeHiddenRule } from './remove-hidden';
import { removeMediaEmbedsRule } from './remove-media-embeds';
import { removeNewsletterPromosRule } from './remove-newsletter-promos';
import { removePageChromeRule } from './remove-page-chrome';
import { removePaywallPromosRule } from './remove-paywall-promos';
import { removeRelatedContentRule } from './remove-related-content';
import { removeShareToolsRule } from './remove-share-tools';
import { removeTagListsRule } from './remove-tag-lists';
import { removeUiLabelsRule } from './remove-ui-labels';
import type { PreCleanRule } from './rule';

/**
 * Pre-clean rules in the order they run: hidden first (later rules then see only visible text),
 * page frame next, then boxes inside and around the story, and bylines/dates last (they are the
 * smallest and may sit inside boxes removed earlier).
 */
export const PRE_CLEAN_RULES: readonly PreCleanRule[] = [
  removeHiddenRule,
  removeConsentDialogsRule,
  removePageChromeRule,
  removeAdsRule,
  removeShareToolsRule,
  removeNewsletterPromosRule,
  removeRelatedContentRule,
  removeCommentsRule,
  removeAuthorBioRule,
  removePaywallPromosRule,
  removeEngagementBoxesRule,
  removeDisclaimersRule,
  removeMediaEmbedsRule,
  removeTagListsRule,
  removeUiLabelsRule,
  removeArticleMetaRule,
  removeHeaderExtrasRule,
];

/** Runs every pre-clean rule on `doc` (a clone), returning removed-node counts by rule name. */
export function preClean(doc: Document, rules: readonly PreCleanRule[] = PRE_CLEAN_RULES): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rule of rules) counts[rule.name] = rule.apply(doc);
  return counts;
}
