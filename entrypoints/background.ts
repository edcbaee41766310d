import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onCommand, onMenuClick } from '../utils/background/capture-actions';
import { handlers } from '../utils/background/handlers';
import { createMenus } from '../utils/background/menus';
import { scheduleSearchUpkeep } from '../utils/background/search-upkeep';
import { forgetTab } from '../utils/background/tab-status-store';
import { dispatch, isMessage } from '../utils/messaging';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isMessage(message, handlers)) return false;
    void dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.tab?.url }).then(sendResponse);
    return true; // the reply is sent asynchronously
  });
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  scheduleSearchUpkeep(); // a worker restart may find clips still to index (imports, tokenizer change)
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info.menuItemId, tab?.id));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab?.id));
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  // The same handlers the browser's command and menu events call, reachable from the service-worker
  // console (and the e2e suite, which cannot press browser shortcuts or open native menus headless).
  Reflect.set(globalThis, 'gleaner', { onCommand, onMenuClick });
});
