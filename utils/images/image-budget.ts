import type { ImageSkipReason } from './image-filter';

/** Image budgets in bytes: per clip and for the whole library. */
export interface ImageBudget {
  perClipBytes: number;
  libraryBytes: number;
}

/** Default budgets: 10 MB per clip, 2 GB per library (a 10k-clip library averages 200 KB of images each). */
export const DEFAULT_IMAGE_BUDGET: ImageBudget = { perClipBytes: 10 * 1024 * 1024, libraryBytes: 2 * 1024 * 1024 * 1024 };

/** An image with its size, in clip order. */
export interface Sized {
  size: number;
}

/** The split of a clip's images into those that fit and those that do not (with why). */
export interface BudgetSplit<T> {
  kept: T[];
  skipped: Array<{ item: T; reason: ImageSkipReason }>;
}

/**
 * Keep images in clip order while they fit both budgets; a big image that does not fit is skipped
 * but smaller ones after it may still fit (the first images of an article matter most).
 * `libraryUsed` is what the library's images take already; `known` are sizes already stored (dedupe: free).
 */
export function fitImageBudget<T extends Sized>(
  images: readonly T[],
  budget: ImageBudget,
  libraryUsed: number,
  isStored: (item: T) => boolean = () => false,
): BudgetSplit<T> {
  const kept: T[] = [];
  const skipped: BudgetSplit<T>['skipped'] = [];
  let clipBytes = 0;
  let libraryBytes = libraryUsed;
  for (const item of images) {
    const stored = isStored(item);
    if (clipBytes + item.size > budget.perClipBytes) {
      skipped.push({ item, reason: 'clip-budget' });
      continue;
    }
    if (!stored && libraryBytes + item.size > budget.libraryBytes) {
      skipped.push({ item, reason: 'library-budget' });
      continue;
    }
    clipBytes += item.size;
    if (!stored) libraryBytes += item.size;
    kept.push(item);
  }
  return { kept, skipped };
}
