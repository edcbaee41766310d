import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** Every UI string's key; `_locales/en/messages.json` is the source of truth. */
export type MessageKey = keyof typeof en;

/** Translate a message key from `_locales` (falls back to the key so a missing string is visible, not blank). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // WXT types getMessage as one overload per literal key, which a union key cannot pick; MessageKey keeps the check.
  const getMessage: unknown = browser.i18n?.getMessage;
  if (typeof getMessage !== 'function') return key;
  try {
    const message: unknown = Reflect.apply(getMessage, browser.i18n, [key, substitutions]);
    return typeof message === 'string' && message ? message : key;
  } catch {
    return key; // test doubles without i18n
  }
}

/** The UI language the browser chose for the extension ("en", "ko", …). */
export function uiLanguage(): string {
  return browser.i18n?.getUILanguage?.() || 'en';
}
