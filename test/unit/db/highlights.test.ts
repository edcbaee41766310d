import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { saveClip } from '../../../utils/db/clips';
import { addHighlight, clipHighlights, deleteHighlight, highlightCounts, updateHighlight } from '../../../utils/db/highlights';
import { applySchemaHistory, GleanerDb, SCHEMA_VERSION, setDb } from '../../../utils/db/schema';
import { restoreClips } from '../../../utils/db/restore';
import { parseBackup, serializeBackup } from '../../../utils/export/backup';
import { describeRange, normalizeText, type HighlightTarget } from '../../../utils/highlights';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { expectDerivedConsistent } from './derived';

const TEXT = '서울 성동구가 일자리대상을 받았다. The district created 1,200 jobs last year. 区は昨年、千二百人の雇用を生んだ。';

function target(text: string, exact: string): HighlightTarget {
  const start = normalizeText(text).indexOf(exact);
  return describeRange(normalizeText(text), start, start + exact.length);
}

describe('schema v2 → v4 and on (v3: reading status)', () => {
  const opened: Dexie[] = [];
  afterEach(async () => {
    setDb(undefined);
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });

  it('keeps a v2 library and adds an empty, usable highlights table', async () => {
    const name = `gleaner-hl-migration-${process.pid}`;
    const old = new Dexie(name);
    applySchemaHistory(old, 2);
    await old.open();
    await old.table('clips').add({ ...makeDraft({ text: TEXT }), clippedAt: 1, updatedAt: 1, tags: ['a'], note: '' });
    expect(old.verno).toBe(2);
    expect(old.tables.map((t) => t.name)).not.toContain('highlights');
    old.close();

    const db = new GleanerDb(name);
    opened.push(db);
    await db.open();
    setDb(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    // Later versions (v5: images) pass through v4 on the way.
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    expect(await db.clips.count()).toBe(1);
    expect((await db.clips.toArray())[0]?.tags).toEqual(['a']);
    expect(await db.highlights.count()).toBe(0);
    const made = await addHighlight({ clipId: 1, color: 'yellow', ...target(TEXT, '일자리대상') }, 5);
    expect(await clipHighlights(1)).toEqual([made]);
  });
});

describe('highlight repository', () => {
  const getDb = useFreshDb();

  it('adds, recolours, annotates, counts and deletes', async () => {
    const { clip } = await saveClip(makeDraft({ text: TEXT }), 1);
    const a = await addHighlight({ clipId: clip.id, color: 'yellow', ...target(TEXT, 'created 1,200 jobs') }, 10);
    const b = await addHighlight({ clipId: clip.id, color: 'blue', note: '메모', ...target(TEXT, '성동구가') }, 11);
    expect((await clipHighlights(clip.id)).map((h) => h.id)).toEqual([b.id, a.id]);
    const recoloured = await updateHighlight(a.id, { color: 'green', note: 'jobs!' }, 20);
    expect(recoloured).toMatchObject({ color: 'green', note: 'jobs!', updatedAt: 20, createdAt: 10 });
    expect(await highlightCounts()).toEqual(new Map([[clip.id, 2]]));
    expect(await deleteHighlight(b.id)).toEqual(b);
    expect(await deleteHighlight(b.id)).toBeUndefined();
    expect(await highlightCounts([clip.id, 99])).toEqual(new Map([[clip.id, 1]]));
    await expect(addHighlight({ clipId: 99, color: 'yellow', ...target(TEXT, '성동구가') })).rejects.toThrow(/No clip/);
    await expect(updateHighlight(12345, { color: 'pink' })).rejects.toThrow(/No highlight/);
  });

  it('re-anchors highlights when a re-clip changes the text, and keeps orphans', async () => {
    const { clip } = await saveClip(makeDraft({ text: TEXT }), 1);
    const kept = await addHighlight({ clipId: clip.id, color: 'yellow', ...target(TEXT, 'created 1,200 jobs') }, 2);
    const lost = await addHighlight({ clipId: clip.id, color: 'pink', ...target(TEXT, '区は昨年、千二百人の雇用を生んだ') }, 3);
    const edited = `Updated: ${TEXT.replace('区は昨年、千二百人の雇用を生んだ。', '').replace('The district', 'The eastern district')}`;
    await saveClip(makeDraft({ text: edited }), 4);
    const [first, second] = await clipHighlights(clip.id);
    expect(first).toMatchObject({ id: kept.id, orphaned: false, updatedAt: 4 });
    expect(first?.position.start).toBe(Array.from(normalizeText(edited)).join('').indexOf('created 1,200 jobs'));
    expect(second).toMatchObject({ id: lost.id, orphaned: true, quote: lost.quote, position: lost.position });
    // The passage comes back in a later version: the orphan is anchored again.
    await saveClip(makeDraft({ text: TEXT }), 5);
    expect((await clipHighlights(clip.id)).every((h) => !h.orphaned)).toBe(true);
    expect(await getDb().highlights.count()).toBe(2);
  });
});

describe('backup format 3', () => {
  const getDb = useFreshDb();
  const meta = { appVersion: 't', exportedAt: new Date(0) };

  async function library() {
    const one = (await saveClip(makeDraft({ text: TEXT }), 1)).clip;
    const two = (await saveClip(makeDraft({ url: 'https://e.com/2', canonicalUrl: 'https://e.com/2', text: 'Second story text here.' }), 2)).clip;
    await addHighlight({ clipId: one.id, color: 'yellow', note: '노트', ...target(TEXT, '일자리대상을') }, 3);
    await addHighlight({ clipId: two.id, color: 'purple', ...target('Second story text here.', 'story text') }, 4);
    const clips = await getDb().clips.toArray();
    const highlights = await getDb().highlights.toArray();
    return { clips, highlights, text: serializeBackup(clips, { ...meta, highlights }) };
  }

  it('backs up, wipes and restores highlights exactly', async () => {
    const { clips, highlights, text } = await library();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.version).toBe(3);
    expect(parsed.backup.highlights).toEqual(highlights);
    await getDb().clips.clear();
    await getDb().highlights.clear();
    const summary = await restoreClips(parsed.backup.clips, 'replace', getDb(), parsed.backup.highlights);
    expect(summary).toMatchObject({ added: 2, highlights: 2 });
    expect(await getDb().highlights.toArray()).toEqual(highlights);
    expect(serializeBackup(await getDb().clips.toArray(), { ...meta, highlights: await getDb().highlights.toArray() })).toBe(text);
    expect(clips.length).toBe(2);
  });

  it('merges onto the clips they belong to now, without doubling them', async () => {
    const { text } = await library();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    // A different library where the first clip's URL already exists under another id.
    await getDb().clips.clear();
    await getDb().highlights.clear();
    await getDb().clips.add({ ...makeDraft({ canonicalUrl: 'https://other.example/x', url: 'https://other.example/x' }), id: 1, clippedAt: 0, updatedAt: 0, tags: [], note: '' });
    await getDb().clips.add({ ...makeDraft({ text: TEXT }), id: 7, clippedAt: 0, updatedAt: 0, tags: [], note: '' });
    await restoreClips(parsed.backup.clips, 'merge-skip', getDb(), parsed.backup.highlights);
    await restoreClips(parsed.backup.clips, 'merge-skip', getDb(), parsed.backup.highlights);
    const rows = await getDb().highlights.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.find((h) => h.note === '노트')?.clipId).toBe(7);
    const second = await getDb().clips.where('canonicalUrl').equals('https://e.com/2').first();
    expect(rows.find((h) => h.color === 'purple')?.clipId).toBe(second?.id);
  });

  it('does not attach highlights of a deleted clip to another clip restored under its id', async () => {
    const { text } = await library();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const { deleteClips } = await import('../../../utils/db/clips');
    await deleteClips((await getDb().clips.toArray()).map((c) => c.id));
    expect(await getDb().highlights.count()).toBe(2); // kept for undo
    const other = parsed.backup.clips.map((c) => ({ ...c, canonicalUrl: `${c.canonicalUrl}?other`, url: `${c.url}?other` }));
    await restoreClips(other, 'merge-skip', getDb(), []);
    expect(await getDb().highlights.count()).toBe(0);
  });

  it('reads version 1 backups (no highlights) and rejects dangling highlights', async () => {
    const { clips, text } = await library();
    const v1 = JSON.parse(serializeBackup(clips, meta)) as Record<string, unknown>;
    delete v1.highlights;
    delete v1.highlightCount;
    v1.version = 1;
    // Version 1 also predates reading status.
    for (const clip of v1.clips as Record<string, unknown>[]) {
      delete clip.status;
      delete clip.favorite;
      delete clip.placeholder;
    }
    const parsed = parseBackup(JSON.stringify(v1));
    expect(parsed.ok && parsed.backup.highlights).toEqual([]);
    expect(parsed.ok && parsed.backup.clips.length).toBe(2);
    const dangling = JSON.parse(text) as { highlights: Array<{ clipId: number }> };
    dangling.highlights[0]!.clipId = 999;
    const bad = parseBackup(JSON.stringify(dangling));
    expect(!bad.ok && bad.message).toMatch(/clip 999, which is not in the backup/);
    const badColor = parseBackup(text.replace('"color":"purple"', '"color":"red"'));
    expect(badColor.ok).toBe(false);
  });
});

describe('highlights in search', () => {
  const getDb = useFreshDb();

  it('finds clips by highlight text and notes, and filters with has:highlights', async () => {
    const { searchClipIds } = await import('../../../utils/search');
    const one = (await saveClip(makeDraft({ text: TEXT }), 1)).clip;
    const two = (await saveClip(makeDraft({ url: 'https://e.com/2', canonicalUrl: 'https://e.com/2', text: 'Another article entirely.' }), 2)).clip;
    expect(await searchClipIds('has:highlights')).toEqual([]);
    const h = await addHighlight({ clipId: one.id, color: 'yellow', note: 'zebracrossing 횡단보도', ...target(TEXT, 'created 1,200 jobs') });
    expect(await searchClipIds('has:highlights')).toEqual([one.id]);
    expect(await searchClipIds('-has:highlights')).toEqual([two.id]);
    expect(await searchClipIds('zebracrossing')).toEqual([one.id]);
    expect(await searchClipIds('횡단보도')).toEqual([one.id]);
    await updateHighlight(h.id, { note: 'giraffe' });
    expect(await searchClipIds('zebracrossing')).toEqual([]);
    expect(await searchClipIds('giraffe has:highlights')).toEqual([one.id]);
    await deleteHighlight(h.id);
    expect(await searchClipIds('giraffe')).toEqual([]);
    expect(await searchClipIds('has:highlights')).toEqual([]);
    await expectDerivedConsistent(getDb());
  });
});
