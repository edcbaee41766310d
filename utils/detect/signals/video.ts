const PLAYER = 'video, iframe[src*="youtube" i], iframe[src*="vimeo" i], iframe[src*="player" i], iframe[src*="dailymotion" i]';

/** Whether the page carries a video player (og:type video.* or a player element/embed). */
export function hasVideoPlayer(doc: Document, ogType: string): boolean {
  return ogType.startsWith('video') || doc.querySelector(PLAYER) !== null;
}
