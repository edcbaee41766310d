/**
 * The in-page half of `npm run bench:import`, bundled by esbuild and run in headless Chromium (real
 * IndexedDB): generates a Pocket CSV, then times the real import code on it, then search and list.
 */
import { importItems, knownClips } from '../../utils/db/import-items';
import { listClips } from '../../utils/db/list-clips';
import { GleanerDb, setDb } from '../../utils/db/schema';
import { parsePocketCsv } from '../../utils/import/pocket-csv';
import { previewImport } from '../../utils/import/preview';
import { importKey, itemToClip } from '../../utils/import/to-draft';
import { runSearchMaintenance, searchLibrary } from '../../utils/search';

const WORDS = ['climate', 'election', 'market', 'science', 'football', 'recipe', 'history', 'design', '서울', '경제', 'travel', 'music'];
const TAGS = ['news', 'longread', 'tech', 'food', '한국어', 'work', 'later'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Pocket CSV of `rows` rows: quoted titles with commas and quotes, pipe tags, a third archived. */
export function pocketCsv(rows: number): string {
  const random = mulberry32(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < rows; i++) {
    const title = `"${pick(WORDS)} report, part ${i} ""${pick(WORDS)}"""`;
    const tags = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))].join('|');
    const status = random() < 1 / 3 ? 'archive' : 'unread';
    lines.push(`${title},https://site${Math.floor(random() * 500)}.example.com/story/${i}?utm_source=pocket,${1_500_000_000 + i * 60},${tags},${status}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What one run measured (ms) and found. */
export interface ImportRun {
  bytes: number;
  parse: number;
  preview: number;
  convert: number;
  write: number;
  added: number;
  index: number;
  searches: { query: string; ms: number; total: number; expected: number }[];
  deepList: { ms: number; rows: number };
}

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

const bench = {
  async run(rows: number): Promise<ImportRun> {
    const csv = pocketCsv(rows);
    const db = new GleanerDb(`bench-import-${Date.now()}`);
    await db.open();
    setDb(db);
    const parse = await timed(() => parsePocketCsv(csv, 'part_000000.csv'));
    const items = parse.value.items;
    const preview = await timed(async () => previewImport([parse.value], await knownClips(items.map((item) => importKey(item.url)))));
    const now = Date.now();
    const convert = await timed(() => preview.value.items.map((item) => itemToClip(item, window, now, parseHtml)));
    const write = await timed(() => importItems(convert.value, now));
    const index = await timed(() => runSearchMaintenance({ budgetMs: 600_000 }));
    // Expected counts straight from the parsed items, so a wrong figure cannot pass unnoticed.
    const has = (word: string) => items.filter((i) => i.title.includes(word));
    const queries: [string, number][] = [
      ['climate', has('climate').length],
      ['market is:archived', has('market').filter((i) => i.status === 'archived').length],
      ['tag:news', items.filter((i) => i.tags.includes('news')).length],
      ['서울 is:unread', has('서울').filter((i) => i.status === 'unread').length],
      ['site7.example.com', items.filter((i) => i.url.startsWith('https://site7.example.com/')).length],
    ];
    const searches: ImportRun['searches'] = [];
    for (const [query, expected] of queries) {
      const r = await timed(() => searchLibrary(query, { limit: 50 }));
      searches.push({ query, ms: r.ms, total: r.value.total, expected });
    }
    const deep = await timed(() => listClips({ status: 'unread' }, 'clipped', { offset: Math.floor(rows / 2), limit: 50 }));
    db.close();
    await db.delete();
    setDb(undefined);
    return {
      bytes: csv.length,
      parse: parse.ms,
      preview: preview.ms,
      convert: convert.ms,
      write: write.ms,
      added: write.value.added,
      index: index.ms,
      searches,
      deepList: { ms: deep.ms, rows: deep.value.length },
    };
  },
};

Object.assign(globalThis, { gleanerImportBench: bench });
