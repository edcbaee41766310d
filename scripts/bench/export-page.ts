/**
 * The in-page half of `npm run bench:export`, bundled by esbuild and loaded into headless Chromium:
 * generates a synthetic library in the page, then times the real export/restore code on it.
 */
import type { Clip } from '../../utils/db/clip';
import { restoreClips } from '../../utils/db/restore';
import { GleanerDb } from '../../utils/db/schema';
import { backupJsonChunks, parseBackup } from '../../utils/export/backup';
import { markdownZipChunks, type MarkdownZipOptions } from '../../utils/export/bundle';

/** One timed phase. */
export interface PhaseResult {
  ms: number;
  bytes: number;
  /** Largest used JS heap seen during the phase (performance.memory, precise-memory flag on). */
  peakHeapMB: number;
  /** Used JS heap when the phase started. */
  startHeapMB: number;
}

/** Used JS heap in MB from Chromium's non-standard performance.memory (0 elsewhere). */
function heapMB(): number {
  const memory: unknown = Reflect.get(performance, 'memory');
  const used = memory && typeof memory === 'object' ? Reflect.get(memory, 'usedJSHeapSize') : 0;
  return typeof used === 'number' ? used / 1024 / 1024 : 0;
}

// Word pools and a seeded PRNG: prose with a realistic amount of repetition (the same sentence
// repeated would compress unrealistically well and fast).
const KO_WORDS = '서울시 올해 여름 폭염 대책 무더위 쉼터 확대 취약계층 방문 건강관리 강화 밝혔다 정부 국회 예산 지역 주민 교통 버스 지하철 노선 개편 시민 의견 수렴 전문가 분석 결과 발표 기후 변화 영향 도시 계획 주택 공급 가격 상승 경제 성장 둔화 우려 기업 투자 고용 증가 교육 학교 학생 교사 병원 의료 인력 부족 문제 해결 방안 논의 회의 개최 예정 이번 지난 다음 관계자 설명 따르면 경우 위해 대해 통해 것으로 있다 했다'.split(' ');
const EN_WORDS = 'the city council approved new transit plan on tuesday after months of debate over funding and routes officials said residents would see changes next year while critics argued that the budget was too small to cover rising costs for buses trains and road repairs in several districts where commuters already face long delays during peak hours experts expect ridership to grow as housing expands near stations but warn about maintenance backlog and staffing shortages'.split(' ');

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function sentence(words: readonly string[], random: () => number): string {
  const length = 8 + Math.floor(random() * 14);
  const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)] ?? '');
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function makeClip(i: number): Clip {
  const korean = i % 5 < 2;
  const random = prng(i + 1);
  const words = korean ? KO_WORDS : EN_WORDS;
  const paragraphs = Array.from({ length: 10 }, () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(words, random)).join(' '));
  const markdown = `## ${korean ? '소제목' : 'Section'} ${i}\n\n${paragraphs.join('\n\n')}\n\n![photo](https://img.example.com/${i}.jpg)\n`;
  const html = `<h2>${korean ? '소제목' : 'Section'} ${i}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<figure><img src="https://img.example.com/${i}.jpg" alt="photo"></figure>`;
  const text = paragraphs.join('\n\n');
  const published = new Date(Date.UTC(2015, 0, 1) + i * 3_600_000 * 7).toISOString().replace('.000Z', '+09:00');
  return {
    id: i + 1,
    url: `https://news${i % 40}.example.com/article/${i}?utm_source=feed`,
    canonicalUrl: `https://news${i % 40}.example.com/article/${i}`,
    title: korean ? `기후 변화와 도시 ${i}: 서울의 여름이 길어진다` : `City transit plan ${i}: what changes for commuters`,
    byline: korean ? '김민지, 이준' : 'Jane Doe',
    authors: korean ? ['김민지', '이준'] : ['Jane Doe'],
    published,
    modified: null,
    siteName: korean ? `예시일보 ${i % 40}` : `Example Times ${i % 40}`,
    lang: korean ? 'ko' : 'en',
    excerpt: paragraphs[0] ?? '',
    leadImage: `https://img.example.com/${i}.jpg`,
    keywords: korean ? ['기후', '서울'] : ['transit', 'city'],
    html,
    markdown,
    text,
    wordCount: text.split(/\s+/).length,
    charCount: text.replace(/\s/g, '').length,
    confidence: 0.9,
    mode: 'article',
    clippedAt: Date.UTC(2024, 0, 1) + i * 60_000,
    updatedAt: Date.UTC(2024, 0, 1) + i * 60_000,
    tags: i % 3 === 0 ? ['정책', 'reading list'] : [],
    note: i % 10 === 0 ? '다시 읽기' : '',
  };
}

let clips: Clip[] = [];
let backupBlob: Blob | null = null;
const exportedAt = new Date();

async function timed(run: (sample: () => void) => Promise<number>): Promise<PhaseResult> {
  const startHeapMB = heapMB();
  let peak = startHeapMB;
  const sample = (): void => {
    peak = Math.max(peak, heapMB());
  };
  const started = performance.now();
  const bytes = await run(sample);
  const ms = performance.now() - started;
  sample();
  return { ms, bytes, peakHeapMB: peak, startHeapMB };
}

const bench = {
  /** Build the synthetic library; returns its size in UTF-16 characters of body text. */
  generate(count: number): { clips: number; chars: number; heapMB: number } {
    clips = Array.from({ length: count }, (_, i) => makeClip(i));
    const chars = clips.reduce((sum, c) => sum + c.html.length + c.markdown.length + c.text.length, 0);
    return { clips: clips.length, chars, heapMB: heapMB() };
  },
  /** Markdown ZIP of every clip, gathered into a Blob as the library page does. */
  zip(level: MarkdownZipOptions['level'] = 6): Promise<PhaseResult> {
    return timed(async (sample) => {
      const parts: BlobPart[] = [];
      let n = 0;
      for await (const chunk of markdownZipChunks(clips, { folder: 'Gleaner', level })) {
        parts.push(chunk.slice());
        if (++n % 500 === 0) sample();
      }
      return new Blob(parts, { type: 'application/zip' }).size;
    });
  },
  /** JSON backup of every clip, as a Blob of pieces. */
  json(): Promise<PhaseResult> {
    return timed(async (sample) => {
      const parts: string[] = [];
      for (const piece of backupJsonChunks(clips, { appVersion: 'bench', exportedAt })) {
        parts.push(piece);
        if (parts.length % 500 === 0) sample();
      }
      backupBlob = new Blob(parts, { type: 'application/json' });
      return backupBlob.size;
    });
  },
  /** Drop the in-memory library so the restore starts from the file alone. */
  forget(): void {
    clips = [];
  },
  /** Read the backup file, validate it, restore it into an empty IndexedDB in one transaction. */
  async restore(): Promise<PhaseResult & { restored: number; phases: Record<string, number> }> {
    const db = new GleanerDb(`bench-${Date.now()}`);
    await db.open();
    const phases: Record<string, number> = {};
    let restored = 0;
    const result = await timed(async (sample) => {
      if (!backupBlob) throw new Error('run json() first');
      let t = performance.now();
      const text = await backupBlob.text();
      sample();
      phases.read = performance.now() - t;
      t = performance.now();
      const parsed = parseBackup(text);
      sample();
      phases.parseAndValidate = performance.now() - t;
      if (!parsed.ok) throw new Error(parsed.message);
      t = performance.now();
      const summary = await restoreClips(parsed.backup.clips, 'replace', db);
      sample();
      phases.transaction = performance.now() - t;
      restored = summary.added;
      return text.length;
    });
    // Outside the timing: the restored library must re-export to the very same bytes.
    const rows = await db.clips.toArray();
    const again = new Blob([...backupJsonChunks(rows, { appVersion: 'bench', exportedAt })]);
    phases.identical = backupBlob && (await again.text()) === (await backupBlob.text()) ? 1 : 0;
    db.close();
    await db.delete();
    // The floor under any restore: the same rows written to the clips table alone, no derived data.
    const bare = new GleanerDb(`bench-bare-${Date.now()}`);
    await bare.open();
    const floorStart = performance.now();
    await bare.transaction('rw', bare.clips, () => bare.clips.bulkAdd(rows));
    phases.clipsOnly = performance.now() - floorStart;
    bare.close();
    await bare.delete();
    return { ...result, restored, phases };
  },
};

Object.assign(globalThis, { gleanerBench: bench });
