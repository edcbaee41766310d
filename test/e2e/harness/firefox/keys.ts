import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';

const MODIFIERS = new Set(['Alt', 'Control', 'Meta', 'Shift']);

/** Press a Playwright-style key chord ("Enter", "Shift+Tab", "Control+a") with puppeteer's keyboard. */
export async function pressKey(page: PuppeteerPage, chord: string): Promise<void> {
  const parts = chord === '+' ? ['+'] : chord.split('+');
  const key = parts.pop() ?? chord;
  const held = parts.filter((part) => MODIFIERS.has(part));
  for (const modifier of held) await page.keyboard.down(toKey(modifier));
  await page.keyboard.press(toKey(key));
  for (const modifier of held.reverse()) await page.keyboard.up(toKey(modifier));
}

/** A Playwright key name as puppeteer's key type. */
export function toKey(name: string): KeyInput {
  // Puppeteer's key names are the DOM `key` values Playwright uses too.
  return name as KeyInput;
}
