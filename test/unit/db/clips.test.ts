import { describe, expect, it } from 'vitest';
import { deleteClip, getClip, recentClips, saveClip } from '../../../utils/db/clips';
import { findClipForPage } from '../../../utils/db/find-clip-for-page';
import { addClipTags, setClipTags } from '../../../utils/db/tags';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';

describe('clip repository', () => {
  const db = useFreshDb();

  it('creates a clip with library fields', async () => {
    const { clip, status } = await saveClip(makeDraft(), 1000);
    expect(status).toBe('created');
    expect(clip).toMatchObject({ clippedAt: 1000, updatedAt: 1000, tags: [], note: '', title: '성동구, 10년 연속 일자리대상' });
    expect(await db().clips.count()).toBe(1);
  });

  it('updates the clip of the same canonical URL instead of adding a duplicate, keeping tags', async () => {
    const first = await saveClip(makeDraft(), 1000);
    await setClipTags(first.clip.id, ['정책']);
    const again = await saveClip(makeDraft({ title: '고친 제목', url: 'https://news.example.com/a/1?ref=rss' }), 2000);
    expect(again.status).toBe('updated');
    expect(again.clip).toMatchObject({ id: first.clip.id, title: '고친 제목', clippedAt: 1000, updatedAt: 2000, tags: ['정책'] });
    expect(await db().clips.count()).toBe(1);
  });

  it('finds a clip by canonical or visited URL', async () => {
    const { clip } = await saveClip(makeDraft());
    expect((await findClipForPage(['https://news.example.com/a/1']))?.id).toBe(clip.id);
    expect((await findClipForPage(['https://news.example.com/a/1?utm_source=x']))?.id).toBe(clip.id);
    expect(await findClipForPage(['https://news.example.com/other'])).toBeUndefined();
  });

  it('lists recent clips newest first and deletes', async () => {
    await saveClip(makeDraft({ canonicalUrl: 'https://a.example/1' }), 1);
    const { clip } = await saveClip(makeDraft({ canonicalUrl: 'https://a.example/2' }), 2);
    expect((await recentClips()).map((c) => c.canonicalUrl)).toEqual(['https://a.example/2', 'https://a.example/1']);
    expect(await deleteClip(clip.id)).toBe(true);
    expect(await deleteClip(clip.id)).toBe(false);
    expect(await getClip(clip.id)).toBeUndefined();
  });

  it('merges tags case-insensitively and keeps the first spelling', async () => {
    const { clip } = await saveClip(makeDraft());
    await setClipTags(clip.id, ['Seoul', ' 일자리 ']);
    const updated = await addClipTags(clip.id, ['seoul', 'Jobs', '']);
    expect(updated.tags).toEqual(['Seoul', '일자리', 'Jobs']);
  });
});
