import { clipErrorMessage } from '../clip-error-message';
import { browser } from 'wxt/browser';
import { type MessageKey, t } from '../i18n';
import type { TabState, TabStatus } from '../messages';

const BADGES: Record<TabState, { text: string; color: string; titleKey: MessageKey }> = {
  article: { text: '●', color: '#1a73e8', titleKey: 'badgeArticle' },
  clipped: { text: '✓', color: '#188038', titleKey: 'badgeClipped' },
  'not-article': { text: '', color: '#5f6368', titleKey: 'badgeNotArticle' },
  'cannot-clip': { text: '', color: '#5f6368', titleKey: 'badgeCannotClip' },
  unknown: { text: '', color: '#5f6368', titleKey: 'extName' },
};

/** Badge text, colour and localized title for a tab status. */
export function badgeFor(status: TabStatus): { text: string; color: string; title: string } {
  const badge = BADGES[status.state];
  if (status.saved && status.state !== 'cannot-clip') return { text: '○', color: '#b06000', title: t('badgeSaved') };
  const title =
    status.state === 'cannot-clip' && status.reason
      ? `${t(badge.titleKey)} — ${clipErrorMessage(status.reason)}`
      : t(badge.titleKey);
  return { text: badge.text, color: badge.color, title };
}

/** Show a tab's status on the toolbar icon. */
export async function showBadge(tabId: number, status: TabStatus): Promise<void> {
  const { text, color, title } = badgeFor(status);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

/** Briefly show a result on the badge (for the shortcut and menu, which have no popup). */
export async function flashBadge(tabId: number, ok: boolean, restore: TabStatus): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#188038' : '#d93025' }).catch(() => undefined);
  setTimeout(() => void showBadge(tabId, restore), 2_500);
}
