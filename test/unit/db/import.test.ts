import { describe, expect, it } from 'vitest';
import { saveClip } from '../../../utils/db/clips';
import { importClips } from '../../../utils/db/import-clips';
import { setClipTags } from '../../../utils/db/tags';
import { runSearchMaintenance, searchClipIds } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { expectDerivedConsistent } from './derived';

describe('importClips', () => {
  const db = useFreshDb();

  it('adds new clips, updates known ones like saveClip (tags merged, notes kept), and queues new ones for indexing', async () => {
    const { clip } = await saveClip(makeDraft(), 100);
    await setClipTags(clip.id, ['Mine']);
    const result = await importClips(
      [
        { ...makeDraft({ title: '새 제목' }), tags: ['mine', 'Backup'], note: '', clippedAt: 50 },
        { ...makeDraft({ url: 'https://n.example/2', canonicalUrl: 'https://n.example/2', text: '다른 기사' }), tags: ['x'], note: '메모', clippedAt: 70 },
      ],
      1000,
    );
    expect(result).toEqual({ created: 1, updated: 1 });
    const updated = await db().clips.get(clip.id);
    expect(updated).toMatchObject({ title: '새 제목', tags: ['Mine', 'Backup'], clippedAt: 50, updatedAt: 1000 });
    expect(await db().indexQueue.count()).toBe(1);
    // The updated clip is searchable at once (delta); the new one after the indexer ran.
    expect(await searchClipIds('새')).toEqual([clip.id]);
    expect(await searchClipIds('메모')).toEqual([]);
    await runSearchMaintenance();
    expect((await searchClipIds('메모')).length).toBe(1);
    await expectDerivedConsistent(db());
  });
});
