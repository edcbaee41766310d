import { fitImageBudget, type ImageBudget } from '../images/image-budget';
import type { ImageSkipReason } from '../images/image-filter';
import type { ClipImageRef, StoredImage } from './image-rows';
import { isQuotaError } from './quota-error';
import { getDb, type GleanerDb } from './schema';

/** An image ready to store for a clip: hashed, with its bytes as a Blob. */
export interface ImageToStore extends StoredImage {
  /** The image's URL in the clip's HTML. */
  url: string;
}

/** What storing a clip's images did: how many are stored, and which were left out and why. */
export interface StoreImagesResult {
  stored: number;
  skipped: Array<{ url: string; reason: ImageSkipReason }>;
}

/** Bytes the library's images take (sizes read from the index, blobs untouched). */
export async function imageStorageBytes(): Promise<number> {
  const sizes = await getDb().images.orderBy('size').keys();
  let total = 0;
  for (const size of sizes) total += Number(size);
  return total;
}

/** Delete the images among `hashes` that no clip refers to any more (call inside a transaction). */
async function dropUnreferenced(db: GleanerDb, hashes: Iterable<string>): Promise<void> {
  for (const hash of new Set(hashes)) {
    if ((await db.clipImages.where('hash').equals(hash).count()) === 0) await db.images.delete(hash);
  }
}

/**
 * Drop the image refs of clips and the images no other clip uses. Runs in the caller's transaction,
 * which must include `images` and `clipImages` (see `imageTables`).
 */
export async function dropClipImages(db: GleanerDb, clipIds: readonly number[]): Promise<void> {
  const refs = await db.clipImages.where('clipId').anyOf([...clipIds]).toArray();
  await db.clipImages.bulkDelete(refs.map((r): [number, string] => [r.clipId, r.url]));
  await dropUnreferenced(db, refs.map((r) => r.hash));
}

/** The image tables, for transactions that delete clips. */
export function imageTables(db: GleanerDb) {
  return [db.images, db.clipImages];
}

/** Add images not stored yet and the clip's refs to them (inside the caller's transaction). */
async function addImages(db: GleanerDb, clipId: number, images: readonly ImageToStore[]): Promise<void> {
  const present = new Set(await db.images.where('hash').anyOf(images.map((i) => i.hash)).primaryKeys());
  for (const { url, ...row } of images) {
    if (!present.has(row.hash)) await db.images.add(row);
    present.add(row.hash);
    await db.clipImages.put({ clipId, url, hash: row.hash });
  }
}

/**
 * Replace a clip's stored images with `images` (in clip order), within the budgets. When the quota
 * is hit, the images that fit are kept and the rest reported as `quota`; the clip itself is saved
 * before and is never undone by this.
 */
export async function storeClipImages(clipId: number, images: readonly ImageToStore[], budget: ImageBudget): Promise<StoreImagesResult> {
  const db = getDb();
  const known = new Set(await db.images.where('hash').anyOf(images.map((i) => i.hash)).primaryKeys());
  const { kept, skipped } = fitImageBudget(images, budget, await imageStorageBytes(), (i) => known.has(i.hash));
  const result: StoreImagesResult = { stored: 0, skipped: skipped.map(({ item, reason }) => ({ url: item.url, reason })) };
  const previous = await db.transaction('rw', db.clipImages, async () => {
    const refs = await db.clipImages.where('clipId').equals(clipId).toArray();
    await db.clipImages.where('clipId').equals(clipId).delete();
    return refs;
  });
  // One transaction for all (each commit costs a disk flush); only when the quota stops it are the
  // images written one at a time, so as many as fit are kept.
  try {
    await db.transaction('rw', db.images, db.clipImages, () => addImages(db, clipId, kept));
    result.stored = kept.length;
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    for (const [index, image] of kept.entries()) {
      try {
        await db.transaction('rw', db.images, db.clipImages, () => addImages(db, clipId, [image]));
        result.stored++;
      } catch (inner) {
        if (!isQuotaError(inner)) throw inner;
        result.skipped.push(...kept.slice(index).map((i) => ({ url: i.url, reason: 'quota' as const })));
        break;
      }
    }
  }
  await db.transaction('rw', db.images, db.clipImages, () => dropUnreferenced(db, previous.map((r) => r.hash)));
  return result;
}

/** A clip's stored images by their URL in the clip's HTML (the reader swaps them in). */
export async function clipImageBlobs(clipId: number): Promise<Map<string, Blob>> {
  const db = getDb();
  return db.transaction('r', db.images, db.clipImages, async () => {
    const refs: ClipImageRef[] = await db.clipImages.where('clipId').equals(clipId).toArray();
    const rows = await db.images.bulkGet(refs.map((r) => r.hash));
    const out = new Map<string, Blob>();
    refs.forEach((ref, i) => {
      const row = rows[i];
      if (row) out.set(ref.url, row.blob);
    });
    return out;
  });
}

/** A clip's stored images with their hash and type (exports write them as attachments). */
export async function clipImagesForExport(clipId: number): Promise<Array<{ url: string; hash: string; type: string; blob: Blob }>> {
  const db = getDb();
  const refs = await db.clipImages.where('clipId').equals(clipId).toArray();
  const rows = await db.images.bulkGet(refs.map((r) => r.hash));
  return refs.flatMap((ref, i) => {
    const row = rows[i];
    return row ? [{ url: ref.url, hash: row.hash, type: row.type, blob: row.blob }] : [];
  });
}
