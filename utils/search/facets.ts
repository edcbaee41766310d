import { foldText } from './fold';

/**
 * Facets are filter values stored as ordinary index terms (prefixed with U+0001, which no text term
 * can contain), so `lang:ko 서울` is just one more posting list to intersect — no extra table scan.
 */
export const FACET_PREFIX = '\u0001';

/** Fields facets are derived from (a subset of a clip). */
export interface FacetSource {
  canonicalUrl: string;
  siteName: string | null;
  lang: string | null;
  published: string | null;
  clippedAt: number;
  title: string;
  text: string;
}

// Second-level labels that name a registry, not a site ("co" in hani.co.kr).
const GENERIC_LABELS = new Set(['www', 'com', 'co', 'ne', 'or', 'go', 'ac', 'net', 'org', 'gov', 'edu']);

/** Language facet value of a clip: the primary subtag, or inferred from the script, or "und". */
export function clipLang(clip: Pick<FacetSource, 'lang' | 'title' | 'text'>): string {
  const tag = clip.lang?.trim().toLowerCase().match(/^[a-z]{2,3}(?![a-z])/);
  if (tag) return tag[0];
  return inferLang(`${clip.title} ${clip.text.slice(0, 2000)}`);
}

function inferLang(sample: string): string {
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let letters = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xac00 && cp <= 0xd7a3) hangul++;
    else if (cp >= 0x3041 && cp <= 0x30ff) kana++;
    else if (cp >= 0x4e00 && cp <= 0x9fff) han++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  const total = hangul + kana + han + letters;
  if (total === 0) return 'und';
  if (hangul / total > 0.2) return 'ko';
  if (kana / total > 0.05) return 'ja';
  if (han / total > 0.3) return 'zh';
  return 'und';
}

/** Pad to two digits. */
function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Local calendar day of an epoch time, "YYYY-MM-DD". */
export function localDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${String(d.getFullYear()).padStart(4, '0')}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * The clip's date for before:/after: filters: the publication day as written in the article's own
 * time zone (an article of 1 Sept in Seoul is dated 1 Sept everywhere), else the local clip day.
 */
export function clipDate(clip: Pick<FacetSource, 'published' | 'clippedAt'>): string {
  const match = clip.published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  if (clip.published) {
    const parsed = Date.parse(clip.published);
    if (!Number.isNaN(parsed)) return localDay(parsed);
  }
  return localDay(clip.clippedAt);
}

/** Normalize a site given by the user or a URL host: folded, no scheme, path, port or "www.". */
export function normalizeSite(value: string): string {
  let v = foldText(value.trim()).replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  v = v.replace(/[/?#:].*$/, '').replace(/^www\./, '').replace(/\.$/, '');
  return v.includes('.') ? v : v.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Site facet values: host and its parent domains, distinctive host labels, compact site name. */
export function clipSites(clip: Pick<FacetSource, 'canonicalUrl' | 'siteName'>): string[] {
  const out = new Set<string>();
  let host = '';
  try {
    host = new URL(clip.canonicalUrl).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    host = '';
  }
  if (host) {
    const labels = host.split('.');
    for (let i = 0; i + 1 < labels.length; i++) out.add(labels.slice(i).join('.'));
    if (labels.length === 1) out.add(host);
    for (const label of labels.slice(0, -1)) if (!GENERIC_LABELS.has(label)) out.add(label);
  }
  if (clip.siteName) {
    const name = normalizeSite(clip.siteName);
    if (name) out.add(name);
  }
  return [...out];
}

/** Facet term for a language. */
export function langFacet(lang: string): string {
  return `${FACET_PREFIX}l:${lang.toLowerCase()}`;
}

/** Facet term for a site value (see clipSites). */
export function siteFacet(site: string): string {
  return `${FACET_PREFIX}s:${site.replace(/\u0000/g, '')}`;
}

/** Facet term for a tag key (see tagKey). */
export function tagFacet(key: string): string {
  return `${FACET_PREFIX}t:${key.replace(/\u0000/g, '')}`;
}

/** Facet term carried by clips with highlights (`has:highlights`). */
export const HIGHLIGHTS_FACET = `${FACET_PREFIX}h`;

/** Facet term carried by clips without tags. */
export const UNTAGGED_FACET = `${FACET_PREFIX}u`;

/**
 * Reading facets (v3), carried only by archived, favourite and placeholder clips: unread is
 * "not archived", so the clips indexed before reading status existed need no re-indexing.
 */
export const ARCHIVED_FACET = `${FACET_PREFIX}ra`;
/** Facet term of favourite clips. */
export const FAVORITE_FACET = `${FACET_PREFIX}rf`;
/** Facet term of imported addresses not yet clipped. */
export const PLACEHOLDER_FACET = `${FACET_PREFIX}rp`;

/** Year, month and day facet terms of a date (ranges of each are contiguous keys). */
export function dateFacets(day: string): string[] {
  return [`${FACET_PREFIX}y:${day.slice(0, 4)}`, `${FACET_PREFIX}m:${day.slice(0, 7)}`, `${FACET_PREFIX}d:${day}`];
}

/** An inclusive range of facet terms [from, to]. */
export interface FacetRange {
  from: string;
  to: string;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseDay(day: string): Ymd {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) };
}

function fmtDay(v: Ymd): string {
  return `${String(v.y).padStart(4, '0')}-${two(v.m)}-${two(v.d)}`;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function cmp(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function addDays(v: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * Cover the days in [after, before) with at most a handful of contiguous facet ranges (days up to a
 * month boundary, whole months up to a year boundary, whole years, and back down).
 */
export function dateRangeFacets(after: string | undefined, before: string | undefined): FacetRange[] {
  let cur = parseDay(after ?? '1900-01-01');
  const last = before ? addDays(parseDay(before), -1) : parseDay('2999-12-31');
  const out: FacetRange[] = [];
  const P = FACET_PREFIX;
  while (cmp(cur, last) <= 0) {
    if (cur.m === 1 && cur.d === 1 && cmp({ y: cur.y, m: 12, d: 31 }, last) <= 0) {
      const endYear = last.m === 12 && last.d === 31 ? last.y : last.y - 1;
      out.push({ from: `${P}y:${String(cur.y).padStart(4, '0')}`, to: `${P}y:${String(endYear).padStart(4, '0')}` });
      cur = { y: endYear + 1, m: 1, d: 1 };
      continue;
    }
    if (cur.d === 1 && cmp({ y: cur.y, m: cur.m, d: daysIn(cur.y, cur.m) }, last) <= 0) {
      let endMonth = cur.m;
      while (endMonth < 12 && cmp({ y: cur.y, m: endMonth + 1, d: daysIn(cur.y, endMonth + 1) }, last) <= 0) endMonth++;
      out.push({ from: `${P}m:${fmtDay(cur).slice(0, 7)}`, to: `${P}m:${fmtDay({ ...cur, m: endMonth }).slice(0, 7)}` });
      cur = addDays({ y: cur.y, m: endMonth, d: daysIn(cur.y, endMonth) }, 1);
      continue;
    }
    const monthEnd = { y: cur.y, m: cur.m, d: daysIn(cur.y, cur.m) };
    const end = cmp(monthEnd, last) <= 0 ? monthEnd : last;
    out.push({ from: `${P}d:${fmtDay(cur)}`, to: `${P}d:${fmtDay(end)}` });
    cur = addDays(end, 1);
  }
  return out;
}
