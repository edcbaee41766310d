import { decodeDataUrl } from './data-url';
import { sha256Hex } from './image-hash';
import { isStorableType, type ImageSkipReason } from './image-filter';

/** An image as the page-side capture returns it. */
export interface CapturedImageData {
  url: string;
  dataUrl: string;
  width: number;
  height: number;
}

/** A captured image decoded and hashed, ready for the database. */
export interface PreparedImage {
  url: string;
  hash: string;
  blob: Blob;
  type: string;
  size: number;
  width: number;
  height: number;
}

/** Decode and hash captured images; anything not a storable raster image is skipped as unsupported. */
export async function prepareImages(
  captured: readonly CapturedImageData[],
): Promise<{ images: PreparedImage[]; skipped: Array<{ url: string; reason: ImageSkipReason }> }> {
  const images: PreparedImage[] = [];
  const skipped: Array<{ url: string; reason: ImageSkipReason }> = [];
  for (const item of captured) {
    const decoded = decodeDataUrl(item.dataUrl);
    if (!decoded || !isStorableType(decoded.type) || decoded.bytes.length === 0) {
      skipped.push({ url: item.url, reason: 'unsupported' });
      continue;
    }
    const hash = await sha256Hex(decoded.bytes);
    images.push({
      url: item.url,
      hash,
      blob: new Blob([decoded.bytes], { type: decoded.type }),
      type: decoded.type,
      size: decoded.bytes.length,
      width: item.width,
      height: item.height,
    });
  }
  return { images, skipped };
}
