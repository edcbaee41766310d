import { removeAdsRule } from './remove-ads';
import { removeArticleMetaRule } from './remove-article-meta';
import { removeAuthorBioRule } from './remove-author-bio';
import { removeCommentsRule } from './remove-comments';
import { removeCopyrightNoticesRule } from './remove-copyright-notices';
import { removeDisclaimersRule } from './remove-disclaimers';
import { removeEngagementBoxesRule } from './remove-engagement-boxes';
import { removeConsentDialogsRule } from './remove-consent-dialogs';
import { removeHeaderExtrasRule } from './remove-header-extras';
import { removeHiddenRule } from './remove-hidden';
import { removeEditLinksRule } from './remove-edit-links';
import { removeInbodyBoilerplateRule } from './remove-inbody-boilerplate';
import { removeMediaEmbedsRule } from './remove-media-embeds';
import { removeNewsletterPromosRule } from './remove-newsletter-promos';
import { removePageChromeRule } from './remove-page-chrome';
import { removePaywallPromosRule } from './remove-paywall-promos';
import { removeRelatedContentRule } from './remove-related-content';
import { removeShareToolsRule } from './remove-share-tools';
import { removeTagListsRule } from './remove-tag-lists';
import { removeUiLabelsRule } from './remove-ui-labels';
import { unwrapBlockHeadingsRule } from './unwrap-block-headings';
import type { PageIndex } from '../page-index';
import type { PreCleanRule } from './rule';
import { scanDocument, scanRoot } from './scan-context';
import type { RemovalLog } from '../guard/removal-log';

/**
 * Rules run on the whole cloned page before Readability: they frame the page (hidden text,
 * navigation/header/footer, ads) and trim the headline block, which Readability would otherwise
 * score or drop. Hidden first: later rules then see only visible text.
 */
export const PRE_CLEAN_RULES: readonly PreCleanRule[] = [
  removeHiddenRule,
  // Before the chrome rules: a story body parsed into a heading must not be judged as a heading.
  unwrapBlockHeadingsRule,
  removePageChromeRule,
  removeAdsRule,
  // Notices that stand as their own element; once Readability has turned <br> runs into
  // paragraphs, a notice written into the story text would look the same.
  removeCopyrightNoticesRule,
  removeCommentsRule,
  removeHeaderExtrasRule,
];

/**
 * Rules for clutter inside and around the story, run on Readability's article (a few hundred
 * elements instead of the whole page: the same result at a fraction of the cost in the browser).
 * Bylines/dates last: they are the smallest and may sit inside boxes removed earlier.
 */
export const ARTICLE_CLEAN_RULES: readonly PreCleanRule[] = [
  removeConsentDialogsRule,
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
  removeInbodyBoilerplateRule,
  removeUiLabelsRule,
  removeArticleMetaRule,
  removeEditLinksRule,
];

/** Runs the page-level rules on `doc` (a clone), returning removed-node counts by rule name (`index`: the page's, if taken; `title`, `lang`: the article's). */
export function preClean(
  doc: Document,
  rules: readonly PreCleanRule[] = PRE_CLEAN_RULES,
  index?: PageIndex,
  title: string | null = null,
  lang: string | null = null,
  log: RemovalLog = null,
): Record<string, number> {
  const ctx = scanDocument(doc, index, title, lang, log);
  const counts: Record<string, number> = {};
  for (const rule of rules) {
    ctx.beginRule(rule.name);
    counts[rule.name] = rule.apply(doc, ctx);
  }
  return counts;
}

/** Runs the story-level rules on the extracted article `root`, returning removed-node counts. */
export function cleanArticle(root: Element, rules: readonly PreCleanRule[] = ARTICLE_CLEAN_RULES, title: string | null = null, log: RemovalLog = null): Record<string, number> {
  const ctx = scanRoot(root, undefined, title, null, log);
  const counts: Record<string, number> = {};
  for (const rule of rules) {
    ctx.beginRule(rule.name);
    counts[rule.name] = rule.apply(root.ownerDocument, ctx);
  }
  return counts;
}
