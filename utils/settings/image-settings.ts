import { browser } from 'wxt/browser';
import { DEFAULT_IMAGE_BUDGET } from '../images/image-budget';

/** Whether and how much of the clipped pages' images the library keeps. */
export interface ImageSettings {
  /** Store images with the clip (off: clips keep links to the original images only). */
  enabled: boolean;
  /** Per-clip budget in megabytes. */
  perClipMb: number;
  /** Whole-library budget in megabytes. */
  libraryMb: number;
}

/** Storage key in `browser.storage.local`. */
export const IMAGE_SETTINGS_KEY = 'imageSettings';

const MB = 1024 * 1024;

/** Defaults: on, 10 MB per clip, 2 GB per library. */
export const DEFAULT_IMAGE_SETTINGS: ImageSettings = {
  enabled: true,
  perClipMb: DEFAULT_IMAGE_BUDGET.perClipBytes / MB,
  libraryMb: DEFAULT_IMAGE_BUDGET.libraryBytes / MB,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Stored settings may be hand-edited or from an older version: keep only well-shaped values. */
export function parseImageSettings(value: unknown): ImageSettings {
  if (!isRecord(value)) return { ...DEFAULT_IMAGE_SETTINGS };
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_IMAGE_SETTINGS.enabled,
    perClipMb: positive(value.perClipMb, DEFAULT_IMAGE_SETTINGS.perClipMb),
    libraryMb: positive(value.libraryMb, DEFAULT_IMAGE_SETTINGS.libraryMb),
  };
}

/** Read the image settings (defaults when nothing is stored). */
export async function getImageSettings(): Promise<ImageSettings> {
  const stored = await browser.storage.local.get(IMAGE_SETTINGS_KEY);
  return parseImageSettings(stored[IMAGE_SETTINGS_KEY]);
}

/** Write the image settings (normalized). */
export async function setImageSettings(settings: ImageSettings): Promise<ImageSettings> {
  const clean = parseImageSettings(settings);
  await browser.storage.local.set({ [IMAGE_SETTINGS_KEY]: clean });
  return clean;
}

/** The settings as byte budgets. */
export function imageBudgetOf(settings: ImageSettings): { perClipBytes: number; libraryBytes: number } {
  return { perClipBytes: Math.round(settings.perClipMb * MB), libraryBytes: Math.round(settings.libraryMb * MB) };
}
