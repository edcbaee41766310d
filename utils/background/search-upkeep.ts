import { runSearchMaintenance } from '../search';

const DELAY_MS = 3_000;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Fold new clips into the search index a little after the last save, so a burst of clips
 * (clip-all-tabs, a restore) is merged in one batch instead of rewriting term records per clip.
 */
export function scheduleSearchUpkeep(delayMs = DELAY_MS): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    runSearchMaintenance({ budgetMs: 2_000 }).then(
      (status) => {
        // Queued clips are not searchable yet: keep going until they are. Delta rows already are.
        if (status.queued > 0) scheduleSearchUpkeep(250);
      },
      () => undefined, // the delta stays searchable; the next save or start-up tries again
    );
  }, delayMs);
}
