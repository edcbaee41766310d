// Which images of a clip are worth storing. Pure: the page-side capture measures, this decides.

/** Why an image of a clip was not stored (shown in counts, never stored with the clip). */
export type ImageSkipReason =
  | 'tracking-pixel'
  | 'icon'
  | 'ad'
  | 'not-loaded'
  | 'cross-origin'
  | 'unsupported'
  | 'clip-budget'
  | 'library-budget'
  | 'quota';

/** Images this small in both dimensions are beacons, not content. */
export const TRACKING_PIXEL_MAX = 2;
/** Images whose longer side is below this are icons, avatars or bullets. */
export const ICON_MAX = 48;

// Ad servers and ad slots by URL; the extractor already drops ad containers, this catches the rest.
const AD_URL =
  /(?:^|[./])(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.|adnxs\.com|amazon-adsystem\.com|criteo\.|taboola\.com|outbrain\.com|moatads\.com|scorecardresearch\.com)|\/(?:ads?|adserver|banners?|sponsor(?:ed)?|pixel|beacon|track(?:ing)?)\//i;

/** What the capture knows about an image when deciding. */
export interface ImageFacts {
  url: string;
  /** Intrinsic pixel size of the loaded image (0 when not loaded). */
  width: number;
  height: number;
}

/** The reason not to store an image, or null when it is content worth keeping. */
export function skipReason(image: ImageFacts): ImageSkipReason | null {
  if (AD_URL.test(image.url)) return 'ad';
  if (image.width === 0 || image.height === 0) return 'not-loaded';
  if (image.width <= TRACKING_PIXEL_MAX && image.height <= TRACKING_PIXEL_MAX) return 'tracking-pixel';
  if (Math.max(image.width, image.height) < ICON_MAX) return 'icon';
  return null;
}

/** MIME types stored as they are: raster formats an <img> shows without running anything. */
export const STORABLE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'] as const;

/** Whether bytes of this MIME type may be stored unchanged (SVG never is: it is rasterized first). */
export function isStorableType(type: string): boolean {
  return (STORABLE_TYPES as readonly string[]).includes(type.toLowerCase().split(';')[0]?.trim() ?? '');
}

/** File extension for a stored image type (attachments in exports). */
export function extensionOf(type: string): string {
  const map: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif' };
  return map[type.toLowerCase()] ?? 'bin';
}
