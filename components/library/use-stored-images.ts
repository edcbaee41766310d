import { useEffect, useState } from 'preact/hooks';
import { clipImageBlobs } from '../../utils/db/images';
import { useObserved } from '../shared/use-observed';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The clip's stored images as object URLs by their URL in the clip's HTML: the reader shows them
 * with no request to the original site. Live (images are stored just after the clip); URLs are
 * revoked when the clip changes or the reader closes.
 */
export function useStoredImages(clipId: number): ReadonlyMap<string, string> {
  const blobs = useObserved<ReadonlyMap<string, Blob> | null>(() => clipImageBlobs(clipId), [clipId], null);
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(NONE);
  useEffect(() => {
    if (!blobs || blobs.size === 0) {
      setUrls(NONE);
      return undefined;
    }
    const made = new Map([...blobs].map(([url, blob]) => [url, URL.createObjectURL(blob)] as const));
    setUrls(made);
    return () => {
      for (const objectUrl of made.values()) URL.revokeObjectURL(objectUrl);
    };
  }, [blobs]);
  return urls;
}
