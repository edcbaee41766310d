import { removeBoxes } from './remove-boxes';
import { type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Video and audio player placeholders ("Vidéo — Canicule : à Toulouse… Lire la vidéo (01:42)",
// "【動画】ホームドアが開閉する様子 ▶再生"): a clip has no player, so their labels and buttons are noise.
// Only small boxes: a story that merely contains a video keeps its text.

const WORDS = new Set(['video', 'videos', 'player', 'jwplayer', 'brightcove', 'vjs', 'audio', 'podcast', 'embed']);
const NAMES = /video-?(?:embed|player|box|wrap|container|module)|media-?player|article-?video|player-?(?:wrap|container)|audio-?player|podcast-?player|vod|movie_?(?:area|box)/;

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /video|player|brightcove|vjs|audio|podcast|embed|vod|movie/i;

/** Removes video/audio player boxes (small, without story paragraphs). */
export function removeMediaEmbeds(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  return removeBoxes(ctx, {
    words: WORDS,
    hint: HINT,
    names: NAMES,
    maxChars: 250,
    // A lone <video>/<iframe> with a caption inside a figure is kept as a figure by later stages.
    accept: (el) => !el.matches('figure, figcaption, video, iframe, img') && !el.querySelector('p p'),
  });
}

/** The named rule. */
export const removeMediaEmbedsRule: PreCleanRule = { name: 'remove-media-embeds', apply: removeMediaEmbeds };
