import { Blob as NodeBlob } from 'node:buffer';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteClips, saveClip } from '../../../utils/db/clips';
import { clipImageBlobs, clipImagesForExport, imageStorageBytes, storeClipImages } from '../../../utils/db/images';
import { applySchemaHistory, GleanerDb, SCHEMA_VERSION, setDb } from '../../../utils/db/schema';
import { DEFAULT_IMAGE_BUDGET } from '../../../utils/images/image-budget';
import { prepareImages, type PreparedImage } from '../../../utils/images/prepare-images';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';

// happy-dom's Blob cannot be structured-cloned (fake-indexeddb stores it as {type}); browsers' and
// Node's can, so the stored rows use Node's Blob here.
vi.stubGlobal('Blob', NodeBlob);

function pngDataUrl(seed: number, size = 64): string {
  const bytes = new Uint8Array(size).map((_, i) => (i * 31 + seed) % 256);
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

async function images(...specs: Array<[url: string, seed: number, size?: number]>): Promise<PreparedImage[]> {
  const { images: prepared } = await prepareImages(specs.map(([url, seed, size]) => ({ url, dataUrl: pngDataUrl(seed, size), width: 100, height: 80 })));
  return prepared;
}

async function clipWith(n: number): Promise<number> {
  const { clip } = await saveClip(makeDraft({ url: `https://news.example.com/${n}`, canonicalUrl: `https://news.example.com/${n}` }));
  return clip.id;
}

describe('stored images', () => {
  const db = useFreshDb();

  it('stores a clip\'s images once per content hash and gives them back by URL', async () => {
    const a = await clipWith(1);
    const b = await clipWith(2);
    // Same bytes under two URLs and in two clips: one stored image.
    await storeClipImages(a, await images(['https://cdn.example/x.png', 1], ['https://cdn.example/x-copy.png', 1]), DEFAULT_IMAGE_BUDGET);
    await storeClipImages(b, await images(['https://cdn.example/x.png', 1], ['https://cdn.example/y.png', 2]), DEFAULT_IMAGE_BUDGET);
    expect(await db().images.count()).toBe(2);
    expect(await imageStorageBytes()).toBe(128);
    const blobs = await clipImageBlobs(a);
    expect([...blobs.keys()].sort()).toEqual(['https://cdn.example/x-copy.png', 'https://cdn.example/x.png']);
    const bytes = new Uint8Array(await (blobs.get('https://cdn.example/x.png') ?? new Blob()).arrayBuffer());
    expect(bytes[1]).toBe(32);
    expect((await clipImagesForExport(b)).map((i) => i.type)).toEqual(['image/png', 'image/png']);
  });

  it('deleting a clip drops only the images no other clip uses', async () => {
    const a = await clipWith(1);
    const b = await clipWith(2);
    await storeClipImages(a, await images(['https://cdn.example/shared.png', 1], ['https://cdn.example/only-a.png', 2]), DEFAULT_IMAGE_BUDGET);
    await storeClipImages(b, await images(['https://cdn.example/shared.png', 1]), DEFAULT_IMAGE_BUDGET);
    await deleteClips([a]);
    expect(await db().images.count()).toBe(1);
    expect([...(await clipImageBlobs(b)).keys()]).toEqual(['https://cdn.example/shared.png']);
    await deleteClips([b]);
    expect(await db().images.count()).toBe(0);
    expect(await db().clipImages.count()).toBe(0);
  });

  it('re-clipping replaces the clip\'s images and drops the ones it no longer has', async () => {
    const a = await clipWith(1);
    await storeClipImages(a, await images(['https://cdn.example/old.png', 1]), DEFAULT_IMAGE_BUDGET);
    await storeClipImages(a, await images(['https://cdn.example/new.png', 2]), DEFAULT_IMAGE_BUDGET);
    expect([...(await clipImageBlobs(a)).keys()]).toEqual(['https://cdn.example/new.png']);
    expect(await db().images.count()).toBe(1);
  });

  it('keeps to the per-clip and library budgets', async () => {
    const a = await clipWith(1);
    const result = await storeClipImages(
      a,
      await images(['https://cdn.example/1.png', 1, 60], ['https://cdn.example/2.png', 2, 60], ['https://cdn.example/3.png', 3, 30]),
      { perClipBytes: 100, libraryBytes: 1000 },
    );
    expect(result).toEqual({ stored: 2, skipped: [{ url: 'https://cdn.example/2.png', reason: 'clip-budget' }] });
    const b = await clipWith(2);
    const full = await storeClipImages(b, await images(['https://cdn.example/4.png', 4, 60]), { perClipBytes: 100, libraryBytes: 120 });
    expect(full.skipped).toEqual([{ url: 'https://cdn.example/4.png', reason: 'library-budget' }]);
  });

  it('when the quota is hit, the clip and the images stored so far stay, and the rest are reported', async () => {
    const a = await clipWith(1);
    const three = await images(['https://cdn.example/1.png', 1], ['https://cdn.example/2.png', 2], ['https://cdn.example/3.png', 3]);
    const real = db().images.add.bind(db().images);
    // Room for the first image only: adding any other one exceeds the quota.
    vi.spyOn(db().images, 'add').mockImplementation((...args: Parameters<typeof real>) => {
      if (args[0].hash !== three[0]?.hash) return Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')) as ReturnType<typeof real>;
      return real(...args);
    });
    const result = await storeClipImages(a, three, DEFAULT_IMAGE_BUDGET);
    vi.restoreAllMocks();
    expect(result.stored).toBe(1);
    expect(result.skipped).toEqual([
      { url: 'https://cdn.example/2.png', reason: 'quota' },
      { url: 'https://cdn.example/3.png', reason: 'quota' },
    ]);
    expect(await db().clips.count()).toBe(1);
    expect([...(await clipImageBlobs(a)).keys()]).toEqual(['https://cdn.example/1.png']);
  });

  it('anything that is not a raster image is not stored', async () => {
    const svg = `data:image/svg+xml;base64,${btoa('<svg onload="alert(1)"/>')}`;
    const out = await prepareImages([{ url: 'https://cdn.example/a.svg', dataUrl: svg, width: 100, height: 100 }]);
    expect(out).toEqual({ images: [], skipped: [{ url: 'https://cdn.example/a.svg', reason: 'unsupported' }] });
  });
});

describe('schema v2 → v5', () => {
  const opened: Dexie[] = [];
  afterEach(async () => {
    setDb(undefined);
    for (const d of opened.splice(0)) {
      d.close();
      await d.delete();
    }
  });

  it('keeps the clips, adds empty image tables, and clips of before can then store images', async () => {
    const name = `gleaner-images-migration-${process.pid}`;
    const old = new Dexie(name);
    applySchemaHistory(old, 2);
    await old.open();
    const draft = makeDraft();
    await old.table('clips').add({ ...draft, clippedAt: 1, updatedAt: 1, tags: ['a'], note: '' });
    expect(old.verno).toBe(2);
    old.close();

    const db = new GleanerDb(name);
    opened.push(db);
    await db.open();
    setDb(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(5);
    const [clip] = await db.clips.toArray();
    expect(clip).toMatchObject({ title: draft.title, tags: ['a'] });
    expect(await db.images.count()).toBe(0);
    await storeClipImages(clip?.id ?? 0, await images(['https://cdn.example/x.png', 1]), DEFAULT_IMAGE_BUDGET);
    expect((await clipImageBlobs(clip?.id ?? 0)).size).toBe(1);
  });
});
