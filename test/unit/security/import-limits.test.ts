// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { restoreFromFile } from '../../../components/library/restore-action';
import { saveClip } from '../../../utils/db/clips';
import { serializeBackup } from '../../../utils/export/backup';
import type { Clip } from '../../../utils/db/clip';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';

const MB = 1024 * 1024;

function backupOf(count: number): string {
  const clips: Clip[] = Array.from({ length: count }, (_, i) => ({
    ...makeDraft({ canonicalUrl: `https://b.example/${i}`, url: `https://b.example/${i}` }),
    id: i + 1,
    clippedAt: i,
    updatedAt: i,
    tags: [],
    note: '',
  }));
  return serializeBackup(clips, { appVersion: 'test' });
}

describe('importing bad backup files leaves the library untouched', () => {
  const db = useFreshDb();

  async function libraryWithTwoClips() {
    await saveClip(makeDraft({ canonicalUrl: 'https://kept.example/1' }));
    await saveClip(makeDraft({ canonicalUrl: 'https://kept.example/2' }));
    return db().clips.count();
  }

  it('a 200 MB file cut off in the middle is rejected as truncated', async () => {
    const before = await libraryWithTwoClips();
    const valid = backupOf(3);
    // A real backup's opening, then 200 MB of a clip body that never ends (a download that broke off).
    const huge = valid.slice(0, valid.indexOf('"clips"')) + '"clips":[{"title":"' + 'x'.repeat(200 * MB);
    const outcome = await restoreFromFile(new Blob([huge]), 'replace');
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? '' : outcome.message).toMatch(/incomplete|truncated/i);
    expect(await db().clips.count()).toBe(before);
    // Hundreds of megabytes in memory: seconds on a busy machine; the timeout is not a speed check.
  }, 60_000);

  it('a file larger than the limit is refused before it is read', async () => {
    const before = await libraryWithTwoClips();
    const outcome = await restoreFromFile(new Blob([new Uint8Array(513 * MB)]), 'replace');
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? '' : outcome.message).toMatch(/MB|large|limit/i);
    expect(await db().clips.count()).toBe(before);
  }, 60_000);

  it.each([
    ['malformed JSON', '{"format": "gleaner-backup", "clips": [,,]}'],
    ['a foreign file (CSL-JSON)', '[{"type":"article-newspaper","title":"x"}]'],
    ['a newer backup version', backupOf(1).replace(/"version":\s*\d+/, '"version": 999')],
    ['an empty file', ''],
  ])('%s is rejected with a message', async (_, text) => {
    const before = await libraryWithTwoClips();
    const outcome = await restoreFromFile(new Blob([text]), 'replace');
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? '' : outcome.message.length).toBeGreaterThan(10);
    expect(await db().clips.count()).toBe(before);
  });
});
