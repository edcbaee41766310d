/** Video signals: a player page has a `<video>` or a player embed and little text. */
export interface VideoSignal {
  /** og:type video.* or a video player element/embed. */
  player: boolean;
}

const EMBED = 'video, iframe[src*="youtube" i], iframe[src*="vimeo" i], iframe[src*="player" i], iframe[src*="dailymotion" i]';

/** Whether the page carries a video player. */
export function videoSignal(doc: Document, ogType: string): VideoSignal {
  return { player: ogType.startsWith('video') || doc.querySelector(EMBED) !== null };
}
