import type { ClipMode } from '../extract/types';
import type { ClipOutcome } from '../messages';
import { flashBadge } from './badge';
import { clipTab } from './clip-tab';
import { MENU_CLIP_PAGE, MENU_CLIP_SELECTION } from './menus';
import { currentTabStatus } from './tab-status';

/** Clip from a gesture without a popup (shortcut, menu) and flash the result on the badge. */
export async function clipWithFeedback(tabId: number, mode: ClipMode): Promise<ClipOutcome> {
  const outcome = await clipTab(tabId, mode);
  await flashBadge(tabId, outcome.ok, await currentTabStatus(tabId));
  return outcome;
}

/** The keyboard command handler: `clip-page` clips the active tab. */
export async function onCommand(command: string, tabId: number | undefined): Promise<ClipOutcome | undefined> {
  if (command !== 'clip-page' || tabId === undefined) return undefined;
  return clipWithFeedback(tabId, 'article');
}

const MENU_MODES: Record<string, ClipMode> = { [MENU_CLIP_PAGE]: 'article', [MENU_CLIP_SELECTION]: 'selection' };

/** The context-menu click handler. */
export async function onMenuClick(menuItemId: string | number, tabId: number | undefined): Promise<ClipOutcome | undefined> {
  const mode = MENU_MODES[String(menuItemId)];
  if (!mode || tabId === undefined) return undefined;
  return clipWithFeedback(tabId, mode);
}
