import type { Clip } from './clip';
import { updateClip } from './clip-update';

/** Replace a clip's note (searchable at once, like tags). */
export async function setClipNote(id: number, note: string, now: number = Date.now()): Promise<Clip> {
  return updateClip(id, (clip) => (clip.note === note ? undefined : { ...clip, note }), now);
}
