import { describe, expect, it } from 'vitest';
import { deleteClip, saveClip } from '../../../utils/db/clips';
import { setClipNote } from '../../../utils/db/notes';
import { setClipTags } from '../../../utils/db/tags';
import { runSearchMaintenance, searchClipIds, searchLibrary } from '../../../utils/search';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { scanIds } from './scan';

const sorted = async (q: string) => (await searchClipIds(q)).sort((a, b) => a - b);

async function save(n: number, fields: Parameters<typeof makeDraft>[0] = {}, now = 1_000 + n) {
  return (await saveClip(makeDraft({ url: `https://news.example.com/a/${n}`, canonicalUrl: `https://news.example.com/a/${n}`, ...fields }), now)).clip;
}

describe('searchLibrary', () => {
  useFreshDb();

  it('finds Korean stems behind particles and words inside compounds, before and after merging', async () => {
    const a = await save(1, { title: '성동구, 일자리대상 수상', text: '서울 성동구가 10년 연속 일자리대상을 받았다.' });
    const b = await save(2, { title: '동구 소식', text: '성동 지역과 동구 지역의 주민은 청년일자리를 원한다.' });
    for (const phase of ['delta', 'merged']) {
      expect(await sorted('성동구'), phase).toEqual([a.id]);
      expect(await sorted('일자리'), phase).toEqual([a.id, b.id]);
      expect(await sorted('대상'), phase).toEqual([a.id]);
      expect(await sorted('구'), phase).toEqual([a.id, b.id]);
      await runSearchMaintenance();
    }
  });

  it('matches English whole words and the typed prefix, folding case and diacritics', async () => {
    const a = await save(1, { lang: 'en', title: 'Investors flock to Zürich', text: 'A CAFÉ owner invested early.' });
    const b = await save(2, { lang: 'en', title: 'Reinvestment plan', text: 'The cafeteria reopened.' });
    await runSearchMaintenance();
    expect(await sorted('cafe ')).toEqual([a.id]);
    expect(await sorted('zurich ')).toEqual([a.id]);
    expect(await sorted('invest')).toEqual([a.id]);
    expect(await sorted('invest ')).toEqual([]);
    expect(await sorted('cafe*')).toEqual([a.id, b.id]);
    expect(await sorted('"owner invested"')).toEqual([a.id]);
    expect(await sorted('cafe -zurich')).toEqual([]);
  });

  it('reflects updates and deletions at once and never shows a ghost', async () => {
    const a = await save(1, { title: '반도체 수출', text: '반도체 수출이 늘었다.' });
    await runSearchMaintenance();
    // Re-clip with new content: the old words must stop matching before any merge.
    await saveClip(makeDraft({ url: a.url, canonicalUrl: a.canonicalUrl, title: '배터리 공장', text: '배터리 공장이 문을 열었다.' }), 5000);
    expect(await sorted('반도체')).toEqual([]);
    expect(await sorted('배터리')).toEqual([a.id]);
    await runSearchMaintenance();
    expect(await sorted('반도체')).toEqual([]);
    expect(await sorted('배터리')).toEqual([a.id]);
    await deleteClip(a.id);
    expect(await sorted('배터리')).toEqual([]);
    expect((await searchLibrary('')).hits).toEqual([]);
    await runSearchMaintenance();
    expect(await sorted('배터리')).toEqual([]);
  });

  it('searches tags and notes and filters by tag, untagged, site, language and date', async () => {
    const a = await save(1, { title: 'Climate talks', lang: 'en', text: 'Talks resumed.', published: '2024-09-01T09:00:00+09:00' });
    const b = await save(2, { title: '기후 회의', lang: 'ko', canonicalUrl: 'https://www.hani.co.kr/arti/2', text: '회의가 열렸다.', published: '2023-01-15T10:00:00+09:00' });
    await runSearchMaintenance();
    await setClipTags(a.id, ['Machine Learning', '기후']);
    await setClipNote(b.id, 'read again with Minji');
    expect(await sorted('learning')).toEqual([a.id]);
    expect(await sorted('minji')).toEqual([b.id]);
    expect(await sorted('tag:"machine learning"')).toEqual([a.id]);
    expect(await sorted('tag:기후')).toEqual([a.id]);
    expect(await sorted('기후')).toEqual([a.id, b.id]); // a's tag, b's title
    expect(await sorted('is:untagged')).toEqual([b.id]);
    expect(await sorted('is:tagged')).toEqual([a.id]);
    expect(await sorted('site:hani.co.kr')).toEqual([b.id]);
    expect(await sorted('site:hani')).toEqual([b.id]);
    expect(await sorted('-site:hani.co.kr')).toEqual([a.id]);
    expect(await sorted('lang:ko')).toEqual([b.id]);
    expect(await sorted('after:2024-01-01')).toEqual([a.id]);
    expect(await sorted('before:2024-09-01')).toEqual([b.id]);
    expect(await sorted('after:2024-09-01 before:2024-09-02')).toEqual([a.id]);
    await runSearchMaintenance();
    await setClipTags(a.id, []);
    expect(await sorted('learning')).toEqual([]);
    expect(await sorted('is:untagged')).toEqual([a.id, b.id]);
  });

  it('ranks title matches first and breaks ties by recency', async () => {
    const body = await save(1, { lang: 'en', title: 'Morning briefing', text: 'Some words about tariffs and trade today.' });
    const title = await save(2, { lang: 'en', title: 'Tariffs return', text: 'Some words about trade and more today.' });
    const older = await save(3, { lang: 'en', title: 'Weather', text: 'Storm warning issued.' }, 10);
    const newer = await save(4, { lang: 'en', title: 'Weather', text: 'Storm warning issued.' }, 20);
    await runSearchMaintenance();
    expect((await searchClipIds('tariffs')).slice(0, 2)).toEqual([title.id, body.id]);
    expect(await searchClipIds('storm')).toEqual([newer.id, older.id]);
    // No words: newest first.
    expect((await searchLibrary('lang:en')).hits.map((h) => h.clip.id)).toEqual([newer.id, title.id, body.id, older.id].sort((x, y) => y - x).filter((id) => id !== 0));
  });

  it('returns snippets and title highlights as ranges, and pages results', async () => {
    const a = await save(1, { title: '서울 성동구 소식', text: `${'앞 문장. '.repeat(60)}성동구가 일자리대상을 받았다. ${'뒤 문장. '.repeat(60)}` });
    const [hit] = (await searchLibrary('성동구 일자리')).hits;
    expect(hit?.clip.id).toBe(a.id);
    const marked = hit?.snippet.highlights.map((r) => hit.snippet.text.slice(r.start, r.end));
    expect(marked).toEqual(['성동구', '일자리']);
    expect(hit?.snippet.text.startsWith('…')).toBe(true);
    expect(hit?.titleHighlights.map((r) => hit.clip.title.slice(r.start, r.end))).toEqual(['성동구']);
    for (let i = 2; i <= 5; i++) await save(i, { title: `성동구 ${i}` });
    const page1 = await searchLibrary('성동구', { limit: 2 });
    const page2 = await searchLibrary('성동구', { limit: 2, offset: 2 });
    expect(page1.total).toBe(5);
    expect(new Set([...page1.hits, ...page2.hits].map((h) => h.clip.id)).size).toBe(4);
  });

  it('pages word queries in rank order without gaps or repeats', async () => {
    for (let i = 1; i <= 7; i++) await save(i, { lang: 'en', title: i % 2 ? 'Storm storm' : 'Weather', text: `Storm warning number ${i}.` });
    await runSearchMaintenance();
    const all = await searchClipIds('storm');
    const pages = [];
    for (let offset = 0; offset < 7; offset += 3) pages.push(...(await searchLibrary('storm', { offset, limit: 3 })).hits.map((h) => h.clip.id));
    expect(pages).toEqual(all);
    expect(all).toHaveLength(7);
  });

  it('agrees with a plain scan for every query kind', async () => {
    const texts = ['서울 성동구가 일자리대상을 받았다.', 'Café owners in Zürich invest.', '半導体産業の東京データ', '经济政策发布。', '성동 지역과 동구', 'climate change is real', 'Climate, change.'];
    for (const [i, text] of texts.entries()) await save(i + 1, { title: `t${i}`, text, lang: null });
    const queries = ['성동구', '동구', '일자리', 'cafe', 'invest', 'zur*', '半導体', '導体', 'データ', '经济', '"climate change"', 'climate -change', '성동 -성동구', 'lang:ja', '"성동 지역"'];
    for (const phase of ['delta', 'runs']) {
      for (const q of queries) expect(await sorted(q), `${phase}: ${q}`).toEqual(await scanIds(q));
      await runSearchMaintenance();
    }
  });
});
