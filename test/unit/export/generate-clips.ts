import type { Clip } from '../../../utils/db/clip';
import type { ClipMode } from '../../../utils/extract/types';

/** A small seeded PRNG (mulberry32): the same seed always yields the same clips. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '서울의 여름이 길어졌다',
  '기후 변화',
  '대한민국 국회',
  '🎉',
  '👩‍👩‍👧‍👦',
  '🇰🇷',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202eevil\u202c',
  '東京都',
  'カタカナ',
  'naïve café',
  'Ⅻ',
  'plain words',
  '"quoted"',
  "it's",
  'a: b',
  '- dash',
  '# hash',
  '{brace}',
  '50% & $5',
  'back\\slash',
  'tab\there',
  'line\nbreak',
  'crlf\r\nline',
  '\u0000nul',
  '\u2028sep',
  'true',
  'null',
  '0123',
  '   padded   ',
  '\ud800',
  'e\u0301',
];

/** Options for `generateClips`. */
export interface GenerateOptions {
  /** Probability that a clip's body is huge (≈ `hugeBytes`). */
  hugeRate?: number;
  hugeBytes?: number;
  /** Mix in hostile text (control characters, lone surrogates, bidi overrides); off for "realistic" data. */
  hostile?: boolean;
  /** First id (ids are consecutive). */
  firstId?: number;
}

/** Deterministic clips covering Korean/emoji/RTL text, empty and null fields, huge bodies and odd tags. */
export function generateClips(count: number, seed: number, options: GenerateOptions = {}): Clip[] {
  const random = createRandom(seed);
  const { hugeRate = 0.02, hugeBytes = 1_000_000, hostile = true, firstId = 1 } = options;
  const pieces = hostile ? PIECES : PIECES.filter((p) => !/[\u0000-\u001f\u2028\u202e\ud800]/.test(p));
  const int = (max: number): number => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const text = (maxPieces: number): string => Array.from({ length: int(maxPieces + 1) }, () => pick(pieces)).join(' ');
  const maybe = (value: string): string | null => (random() < 0.25 ? null : random() < 0.1 ? '' : value);
  const list = (max: number): string[] => Array.from({ length: int(max + 1) }, () => (random() < 0.1 ? '' : text(2)));
  const iso = (): string => {
    const day = new Date(Date.UTC(2000 + int(26), int(12), 1 + int(28), int(24), int(60), int(60)));
    const offset = pick(['Z', '+09:00', '-05:00', '+05:30']);
    return day.toISOString().replace('.000Z', offset);
  };
  // URLs can't carry lone surrogates (encodeURIComponent throws); everything else can.
  const urlPart = (value: string): string =>
    encodeURIComponent(value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ''));
  const modes: readonly ClipMode[] = ['article', 'selection', 'page'];
  return Array.from({ length: count }, (_, index) => {
    const id = firstId + index;
    const body = random() < hugeRate ? `${text(8)}\n\n`.repeat(Math.ceil(hugeBytes / 80)) : `${text(30)}\n\n${text(30)}`;
    const clippedAt = Date.UTC(2020, 0, 1) + int(5 * 365 * 86_400_000);
    return {
      id,
      url: `https://example${int(50)}.com/${urlPart(text(2))}?utm_source=${id}`,
      canonicalUrl: `https://example.com/articles/${id}/${urlPart(text(1))}`,
      title: random() < 0.05 ? '' : text(6),
      byline: maybe(text(2)),
      authors: list(3),
      published: random() < 0.3 ? null : iso(),
      modified: random() < 0.6 ? null : iso(),
      siteName: maybe(text(2)),
      lang: maybe(pick(['ko', 'en-US', 'ar', 'he', 'ja', 'zh-Hant'])),
      excerpt: maybe(text(10)),
      leadImage: maybe(`https://img.example.com/${id}.jpg`),
      keywords: list(4),
      html: `<p>${body}</p>`,
      markdown: body,
      text: body,
      wordCount: int(10_000),
      charCount: int(50_000),
      confidence: random(),
      mode: pick(modes),
      clippedAt,
      updatedAt: clippedAt + int(86_400_000),
      tags: list(5),
      note: random() < 0.5 ? '' : text(5),
      // Derived from the index, not drawn: older seeds keep generating the same libraries.
      status: index % 3 === 0 ? 'archived' : 'unread',
      favorite: index % 5 === 0,
      placeholder: index % 7 === 0,
    };
  });
}
