import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** Context-menu item ids. */
export const MENU_CLIP_PAGE = 'gleaner-clip-page';
export const MENU_CLIP_SELECTION = 'gleaner-clip-selection';

/** (Re)create the context-menu items; called on install and on startup. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const documentUrlPatterns = ['http://*/*', 'https://*/*'];
  browser.contextMenus.create({ id: MENU_CLIP_PAGE, title: t('menuClipPage'), contexts: ['page'], documentUrlPatterns });
  browser.contextMenus.create({
    id: MENU_CLIP_SELECTION,
    title: t('menuClipSelection'),
    contexts: ['selection'],
    documentUrlPatterns,
  });
}
