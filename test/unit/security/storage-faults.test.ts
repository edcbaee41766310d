import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipTab } from '../../../utils/background/clip-tab';
import { handlers } from '../../../utils/background/handlers';
import { clipErrorMessage } from '../../../utils/clip-error-message';
import type { Clip } from '../../../utils/db/clip';
import { getClip, saveClip } from '../../../utils/db/clips';
import { GleanerDb, getDb, setDb } from '../../../utils/db/schema';
import { setClipNote } from '../../../utils/db/notes';
import { setClipTags } from '../../../utils/db/tags';
import type { ClipDraft } from '../../../utils/extract/types';
import { searchClips } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';

// Storage faults injected into (fake) IndexedDB while a clip is saved: the user gets a clear error,
// the failed clip leaves no trace (no clip row, no summary, no search rows), and earlier clips are
// untouched and still searchable.

type FaultMode = 'throws' | 'fails-async';

interface Fault {
  hits: number;
  restore: () => void;
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * Make writes to one object store fail with QuotaExceededError: either `put`/`add` throws at once,
 * or (as browsers report quota at write time) the request fails asynchronously and aborts the
 * transaction with that error.
 */
function injectQuotaFault(storeName: string, mode: FaultMode): Fault {
  const proto = IDBObjectStore.prototype;
  const { put, add } = proto;
  const fault: Fault = {
    hits: 0,
    restore: () => {
      proto.put = put;
      proto.add = add;
    },
  };
  const wrap = (original: typeof put): typeof put =>
    function (this: IDBObjectStore, value: unknown, key?: IDBValidKey): IDBRequest<IDBValidKey> {
      if (this.name !== storeName) return original.call(this, value, key);
      fault.hits++;
      if (mode === 'throws') throw quotaError();
      // fake-indexeddb's internal request runner: an operation that throws fails the request with
      // that error, and the unhandled error event aborts the transaction with it.
      const exec: unknown = Reflect.get(this.transaction, '_execRequestAsync');
      if (typeof exec !== 'function') throw new Error('fake-indexeddb internals changed: update the fault injector');
      return Reflect.apply(exec, this.transaction, [
        {
          operation: () => {
            throw quotaError();
          },
          source: this,
        },
      ]);
    };
  proto.put = wrap(put);
  proto.add = wrap(add);
  return fault;
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('fake tab without id');
  return tab.id;
}

/** The injected extractor returns `draft` (the second executeScript call runs it). */
function extractorReturns(draft: ClipDraft): void {
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) =>
    'files' in injection ? [] : [{ frameId: 0, documentId: 'doc', result: draft }],
  );
}

/** Every row of every table (the search tables included), to compare before and after a fault. */
async function snapshot(db: GleanerDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}

const EARLIER: ClipDraft[] = [
  makeDraft({ url: 'https://news.example.com/a/1', canonicalUrl: 'https://news.example.com/a/1', title: 'Zebrafish regrow hearts', text: 'Zebrafish regrow damaged hearts within weeks.', markdown: 'Zebrafish regrow damaged hearts within weeks.' }),
  makeDraft({ url: 'https://news.example.com/a/2', canonicalUrl: 'https://news.example.com/a/2', title: 'Harbour reopens', text: 'The harbour reopened after dredging works.', markdown: 'The harbour reopened after dredging works.' }),
  makeDraft({ url: 'https://news.example.com/a/3', canonicalUrl: 'https://news.example.com/a/3', title: '성동구 일자리대상', text: '서울 성동구가 일자리대상을 받았다.', markdown: '서울 성동구가 일자리대상을 받았다.' }),
];
const NEW_DRAFT = makeDraft({
  url: 'https://news.example.com/a/99',
  canonicalUrl: 'https://news.example.com/a/99',
  title: 'Quokka census finished',
  text: 'Rangers finished the quokka census on the island.',
  markdown: 'Rangers finished the quokka census on the island.',
});

// Every store a new clip's save writes (checked below), so each fault is really hit.
const STORES_WRITTEN_BY_SAVE = ['clips', 'clipSummaries', 'searchDocs', 'termDelta', 'searchMeta'];
const MODES: FaultMode[] = ['throws', 'fails-async'];

describe('storage faults while clipping', () => {
  const db = useFreshDb();
  let earlier: Clip[];
  let fault: Fault | undefined;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    earlier = [];
    for (const draft of EARLIER) earlier.push((await saveClip(draft)).clip);
    await setClipTags(earlier[0]?.id ?? 0, ['biology']);
    await setClipNote(earlier[0]?.id ?? 0, 'read again');
    earlier = await Promise.all(earlier.map(async (clip) => (await getClip(clip.id)) ?? clip));
  });
  afterEach(() => {
    fault?.restore();
    fault = undefined;
  });

  it('a new clip writes every store the fault tests target', async () => {
    const written = new Set<string>();
    const proto = IDBObjectStore.prototype;
    const { put, add } = proto;
    const record = (original: typeof put): typeof put =>
      function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        written.add(this.name);
        return original.call(this, value, key);
      };
    proto.put = record(put);
    proto.add = record(add);
    try {
      await saveClip(NEW_DRAFT);
    } finally {
      proto.put = put;
      proto.add = add;
    }
    for (const store of STORES_WRITTEN_BY_SAVE) expect(written).toContain(store);
  });

  describe.each(MODES.flatMap((mode) => STORES_WRITTEN_BY_SAVE.map((store): [string, FaultMode] => [store, mode])))(
    'quota exceeded writing %s (%s)',
    (store, mode) => {
      it('reports storage-full, stores no part of the clip, keeps earlier clips intact and searchable', async () => {
        const before = await snapshot(db());
        const tabId = await openTab(NEW_DRAFT.url);
        extractorReturns(NEW_DRAFT);
        fault = injectQuotaFault(store, mode);

        const outcome = await clipTab(tabId, 'article');
        expect(fault.hits).toBeGreaterThan(0);
        fault.restore();

        expect(outcome).toEqual({ ok: false, code: 'storage-full', message: clipErrorMessage('storage-full') });
        expect(await snapshot(db())).toEqual(before);
        for (const clip of earlier) expect(await getClip(clip.id)).toEqual(clip);
        expect((await searchClips('zebrafish')).map((hit) => hit.clip.id)).toEqual([earlier[0]?.id]);
        expect(await searchClips('quokka')).toEqual([]);

        // With space again, the same clip saves and is found.
        const retry = await clipTab(tabId, 'article');
        expect(retry).toMatchObject({ ok: true, status: 'created' });
        expect((await searchClips('quokka')).map((hit) => hit.clip.title)).toEqual([NEW_DRAFT.title]);
      });
    },
  );

  it.each(MODES)('a failed re-clip (%s) leaves the existing clip, its tags and note unchanged', async (mode) => {
    const target = earlier[0];
    if (!target) throw new Error('no earlier clip');
    const before = await snapshot(db());
    const tabId = await openTab(target.url);
    extractorReturns({ ...EARLIER[0]!, text: 'Rewritten text about axolotls.', markdown: 'Rewritten text about axolotls.' });
    fault = injectQuotaFault('searchDocs', mode);

    const outcome = await clipTab(tabId, 'article');
    expect(fault.hits).toBeGreaterThan(0);
    expect(outcome).toMatchObject({ ok: false, code: 'storage-full' });
    fault.restore();
    expect(await snapshot(db())).toEqual(before);
    expect(await getClip(target.id)).toMatchObject({ tags: ['biology'], note: 'read again', text: target.text });
    expect(await searchClips('axolotls')).toEqual([]);
  });

  it('a failed tag change is reported to the page and changes nothing', async () => {
    const target = earlier[1];
    if (!target) throw new Error('no earlier clip');
    const before = await snapshot(db());
    fault = injectQuotaFault('clips', 'fails-async');
    await expect(handlers.setTags({ id: target.id, tags: ['harbour'] }, {})).rejects.toThrow();
    expect(fault.hits).toBeGreaterThan(0);
    fault.restore();
    expect(await snapshot(db())).toEqual(before);
  });
});

describe('a database that cannot be opened', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  });
  afterEach(() => setDb(undefined));

  it('an upgrade blocked by an older version open elsewhere is reported, not left hanging, and nothing is saved', async () => {
    const name = `gleaner-blocked-${process.pid}`;
    // An older Gleaner (schema v1 = IndexedDB version 10) still holding the database open.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onupgradeneeded = () => request.result.createObjectStore('clips', { keyPath: 'id', autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    setDb(new GleanerDb(name));
    const tabId = await openTab(NEW_DRAFT.url);
    extractorReturns(NEW_DRAFT);

    const started = Date.now();
    const outcome = await Promise.race([
      clipTab(tabId, 'article'),
      new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 3_000)),
    ]);
    expect(outcome).toMatchObject({ ok: false, code: 'storage', message: clipErrorMessage('storage') });
    expect(Date.now() - started).toBeLessThan(3_000);
    // Asking again while still blocked answers at once too.
    expect(await clipTab(tabId, 'article')).toMatchObject({ ok: false, code: 'storage' });

    // Once the older version lets go, the upgrade completes: the failed clips were not queued…
    older.close();
    await getDb().open();
    expect(await getDb().clips.count()).toBe(0);
    // …and clipping works again.
    expect(await clipTab(tabId, 'article')).toMatchObject({ ok: true, status: 'created' });
    getDb().close();
    await getDb().delete();
  });

  it('a failing open (the database cannot be read) is reported as a storage error', async () => {
    setDb(new GleanerDb(`gleaner-broken-${process.pid}`));
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store.', 'UnknownError');
    });
    const tabId = await openTab(NEW_DRAFT.url);
    extractorReturns(NEW_DRAFT);
    const outcome = await clipTab(tabId, 'article');
    open.mockRestore();
    expect(outcome).toMatchObject({ ok: false, code: 'storage', message: clipErrorMessage('storage') });
  });
});
