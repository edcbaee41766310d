import type { Clip } from '../db/clip';
import type { Highlight } from '../highlights/types';
import { wallClockFromEpoch, wallClockFromIso } from './dates';
import { splitAuthorName, type CslName } from './names';
import type { RenderOptions } from './template';

/** The CSL item types Gleaner emits. */
export type CslType = 'article-newspaper' | 'post-weblog' | 'webpage';

/** A CSL-JSON date: year, month, day as far as known. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON fields Gleaner fills for one clip. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: CslType;
  title: string;
  author?: CslName[];
  issued?: CslDate;
  accessed: CslDate;
  'container-title'?: string;
  URL: string;
  language?: string;
  abstract?: string;
  keyword?: string;
  /** The clip's highlights (quote — note), one a line. */
  note?: string;
}

const BLOG_HOSTS = /(^|\.)(medium\.com|substack\.com|blogspot\.com|wordpress\.com|tumblr\.com|tistory\.com|blog\.naver\.com|brunch\.co\.kr|velog\.io|ghost\.io|hashnode\.dev|dev\.to|livejournal\.com|note\.com|hatenablog\.com)$/i;

/** Blog hosts and /blog/ paths are posts; dated clips are news (Gleaner clips news); the rest are web pages. */
export function citationType(clip: Clip): CslType {
  const url = clip.canonicalUrl || clip.url;
  try {
    const { hostname, pathname } = new URL(url);
    if (BLOG_HOSTS.test(hostname) || /^blog\./i.test(hostname) || /\/blogs?\//i.test(pathname)) return 'post-weblog';
  } catch {
    // Not a URL we can read: fall through to the date rule.
  }
  if (/\bblog\b|블로그|ブログ/i.test(clip.siteName ?? '')) return 'post-weblog';
  return clip.published !== null && clip.mode !== 'page' ? 'article-newspaper' : 'webpage';
}

/** ASCII letters only (diacritics folded): BibTeX keys must survive classic BibTeX. */
function asciiWord(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '');
}

const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'to', 'for', 'at', 'by', 'with', 'is']);

const GENERIC_LABELS = new Set(['www', 'm', 'mobile', 'amp', 'news', 'blog', 'en', 'ko', 'co', 'com', 'ac', 'or', 'ne', 'go', 'org', 'net']);

/** The telling part of a host: news.example.co.kr → "example", foo.tistory.com → "foo". */
function hostLabel(url: string): string {
  try {
    const labels = new URL(url).hostname.split('.').slice(0, -1);
    return labels.find((label) => !GENERIC_LABELS.has(label)) ?? '';
  } catch {
    return '';
  }
}

function keyStem(clip: Clip, first: CslName | undefined, year: number | undefined): string {
  const who = asciiWord(first?.family ?? first?.literal ?? '') || asciiWord((clip.siteName ?? '').split(/\s+/)[0] ?? '');
  const host = asciiWord(hostLabel(clip.canonicalUrl || clip.url));
  const word = clip.title.split(/\s+/).map(asciiWord).find((w) => w.length > 1 && !STOPWORDS.has(w.toLowerCase())) ?? '';
  const base = `${who || host || 'clip'}${year ?? ''}${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
  return base.charAt(0).toLowerCase() + base.slice(1);
}

function dateParts(clock: { year: number; month: number; day: number }): CslDate {
  return { 'date-parts': [[clock.year, clock.month, clock.day]] };
}

/**
 * The CSL `note` of a clip: each highlight as a quoted line with the highlight's note after a
 * dash (reference managers show `note` as the item's notes).
 */
export function cslNote(highlights: readonly Highlight[]): string {
  return highlights.map((h) => `“${h.quote.exact}”${h.note.trim() ? ` — ${h.note.trim()}` : ''}`).join('\n');
}

/** CSL-JSON items for clips, with unique ASCII citation keys ("kim2024Climate", "…a", "…b"). */
export function clipsToCslItems(clips: readonly Clip[], options: RenderOptions = {}): CslItem[] {
  const taken = new Set<string>();
  return clips.map((clip) => {
    const authors = clip.authors.map((name) => splitAuthorName(name, clip.lang)).filter((n): n is CslName => n !== null);
    const published = clip.published === null ? null : wallClockFromIso(clip.published);
    const stem = keyStem(clip, authors[0], published?.year);
    let key = stem;
    for (let n = 1; taken.has(key); n++) key = `${stem}${n <= 26 ? String.fromCharCode(96 + n) : n}`;
    taken.add(key);
    const item: CslItem = {
      id: key,
      'citation-key': key,
      type: citationType(clip),
      title: clip.title,
      accessed: dateParts(wallClockFromEpoch(clip.clippedAt, options.timeZone)),
      URL: clip.canonicalUrl || clip.url,
    };
    if (authors.length > 0) item.author = authors;
    if (published) item.issued = dateParts(published);
    if (clip.siteName) item['container-title'] = clip.siteName;
    if (clip.lang) item.language = clip.lang;
    if (clip.excerpt) item.abstract = clip.excerpt;
    if (clip.tags.length > 0) item.keyword = clip.tags.join(', ');
    const note = cslNote(options.highlights?.get(clip.id) ?? []);
    if (note) item.note = note;
    return item;
  });
}

/** CSL-JSON (the format Zotero, Pandoc and citeproc read) for clips. */
export function clipsToCslJson(clips: readonly Clip[], options: RenderOptions = {}): string {
  return `${JSON.stringify(clipsToCslItems(clips, options), null, 2)}\n`;
}
