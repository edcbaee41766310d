import { useEffect, useRef } from 'preact/hooks';
import { getBackupSettings, isBackupDue, watchBackupSettings } from './backup-settings';

/** Check again this often while the library stays open. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The weekly automatic backup: whenever the library page is open and a week has passed since the
 * last backup (or it was just switched on), run `backUp` once. It runs in the page because only a
 * page can hand a large Blob to the downloads API (an MV3 service worker has no object URLs).
 */
export function useAutoBackup(backUp: () => Promise<unknown>): void {
  const running = useRef(false);
  const backUpRef = useRef(backUp);
  backUpRef.current = backUp;
  useEffect(() => {
    const check = async () => {
      if (running.current || !isBackupDue(await getBackupSettings())) return;
      running.current = true;
      try {
        await backUpRef.current();
      } catch {
        // A failed automatic backup is retried at the next check; the panel still shows the last good date.
      } finally {
        running.current = false;
      }
    };
    void check();
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    const stop = watchBackupSettings(() => void check());
    return () => {
      clearInterval(timer);
      stop();
    };
  }, []);
}
