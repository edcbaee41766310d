import { describe, expect, it } from 'vitest';
import { deleteClip, saveClip } from '../../../utils/db/clips';
import { importClips } from '../../../utils/db/import-clips';
import { setClipNote } from '../../../utils/db/notes';
import { bulkAddTags } from '../../../utils/db/tag-bulk';
import { setClipTags } from '../../../utils/db/tags';
import { getDb } from '../../../utils/db/schema';
import { compactRuns } from '../../../utils/db/search-index/compaction';
import { mergeDelta } from '../../../utils/db/search-index/merge-delta';
import { processIndexQueue } from '../../../utils/db/search-index/index-queue';
import { searchClipIds } from '../../../utils/search';
import { makeSyntheticClip, prng } from '../../../scripts/bench/search-corpus';
import { useFreshDb } from '../helpers/fresh-db';
import { scanIds } from './scan';

const QUERIES = ['성동구', '일자리', '대상', '서울 주민', '반도체 -수출', 'government', 'invest', 'climate*', '"of the"', '半導体', '经济', 'tag:economy', 'is:untagged', 'lang:ja', 'site:hani.co.kr', 'after:2020-01-01 기후', '다시', 'follow'];

function shortClip(i: number) {
  // Bench clips cut short: the same languages, particles and compounds, fast in fake-indexeddb.
  const c = makeSyntheticClip(i, 7);
  const text = c.text.slice(0, 400);
  return { ...c, text, markdown: text, html: `<p>${text}</p>` };
}

async function expectAgreement(step: string): Promise<void> {
  for (const q of QUERIES) {
    const index = [...(await searchClipIds(q))].sort((a, b) => a - b);
    expect(index, `${step}: ${q}`).toEqual(await scanIds(q));
  }
}

describe('index consistency', () => {
  useFreshDb();

  it('matches a plain scan through saves, edits, deletes, imports, merges and compactions', async () => {
    const db = getDb();
    const rand = prng(42);
    const draft = (i: number) => {
      const { tags: _t, note: _n, clippedAt: _c, updatedAt: _u, ...d } = shortClip(i);
      return d;
    };
    for (let i = 0; i < 30; i++) await saveClip(draft(i), 1000 + i);
    await expectAgreement('after saves (delta only)');
    await importClips(Array.from({ length: 30 }, (_, k) => shortClip(100 + k)));
    await processIndexQueue(db);
    await expectAgreement('after import + queue');
    for (let round = 0; round < 6; round++) {
      const ids = await db.clips.toCollection().primaryKeys();
      const pickId = () => ids[Math.floor(rand() * ids.length)] ?? 1;
      for (let k = 0; k < 8; k++) {
        const r = rand();
        const id = pickId();
        const clip = await db.clips.get(id);
        if (!clip) continue;
        if (r < 0.25) await setClipTags(id, rand() < 0.5 ? ['economy', '정책'] : []);
        else if (r < 0.4) await setClipNote(id, rand() < 0.5 ? '다시 읽기' : 'follow up');
        else if (r < 0.6) await saveClip({ ...draft(200 + round * 10 + k), url: clip.url, canonicalUrl: clip.canonicalUrl }, 5000);
        else if (r < 0.75) await deleteClip(id);
        else await saveClip(draft(300 + round * 10 + k), 6000);
      }
      await bulkAddTags([pickId(), pickId()], ['economy']);
      await expectAgreement(`round ${round}, delta pending`);
      await mergeDelta(db, 5 + round);
      await expectAgreement(`round ${round}, partly merged`);
      await mergeDelta(db);
      while (await compactRuns(db));
      await expectAgreement(`round ${round}, merged and compacted`);
    }
    const state = await db.searchMeta.get('index');
    expect(state?.key === 'index' && state.runs.length).toBeLessThanOrEqual(4);
  }, 120_000);
});
