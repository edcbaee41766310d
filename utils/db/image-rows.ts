/** One distinct image, stored once however many clips use it. */
export interface StoredImage {
  /** SHA-256 of the bytes, lower-case hex. */
  hash: string;
  blob: Blob;
  /** MIME type (one of the storable raster types). */
  type: string;
  /** Bytes. */
  size: number;
  width: number;
  height: number;
}

/** A clip's use of a stored image: the image's URL in the clip's HTML → its hash. */
export interface ClipImageRef {
  clipId: number;
  url: string;
  hash: string;
}
