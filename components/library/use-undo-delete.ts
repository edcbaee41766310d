import { useCallback, useState } from 'preact/hooks';
import type { Clip } from '../../utils/db/clip';
import { deleteClips, undeleteClips } from './library-actions';

/** A delete that can still be undone. */
export interface PendingUndo {
  clips: Clip[];
  /** Increases with every delete, so a new toast restarts its timer. */
  serial: number;
}

/** Delete clips now and keep them in memory so the toast's Undo can put them back. */
export function useUndoDelete(onError: (error: unknown) => void) {
  const [pending, setPending] = useState<PendingUndo>();

  const remove = useCallback(
    async (ids: readonly number[]) => {
      try {
        const clips = await deleteClips(ids);
        if (clips.length > 0) setPending((previous) => ({ clips, serial: (previous?.serial ?? 0) + 1 }));
        return clips;
      } catch (error) {
        onError(error);
        return [];
      }
    },
    [onError],
  );

  const undo = useCallback(async () => {
    if (!pending) return;
    setPending(undefined);
    try {
      await undeleteClips(pending.clips);
    } catch (error) {
      onError(error);
    }
  }, [pending, onError]);

  const dismiss = useCallback(() => setPending(undefined), []);
  return { pending, remove, undo, dismiss };
}
