import { tagKey } from '../db/tag-key';
import { normalizeSite } from './facets';
import { foldText } from './fold';
import { scanRuns } from './tokenize';
import type { ReadingStatus } from '../db/reading-status';

const STATUS_WORDS: Record<string, ReadingStatus> = { unread: 'unread', archived: 'archived', read: 'archived' };
const FAVORITE_WORDS = new Set(['favorite', 'favourite', 'fav']);
const PLACEHOLDER_WORDS = new Set(['saved', 'placeholder']);

/**
 * Query syntax: words (all must match), "exact phrase", -exclude, tag:x, site:x, lang:ko,
 * before:YYYY-MM-DD (exclusive), after:YYYY-MM-DD (inclusive), is:untagged, is:tagged, is:unread,
 * is:archived (is:read), is:favorite (is:favourite, is:fav), is:saved (placeholders); filters can be
 * negated (-tag:x) and take quoted values (tag:"machine learning"). Several tag: filters must all
 * hold; several site: or lang: filters mean any of them.
 *
 * Matching (see match.ts): a word matches whole words after folding; the last word of the query
 * matches as a prefix while it is being typed (no space after it, at least MIN_PREFIX characters),
 * and `word*` always does. Anything containing CJK matches as a substring.
 */
export const MIN_PREFIX = 3;
/** Shortest word that `word*` expands. */
export const MIN_EXPLICIT_PREFIX = 2;

/** A run inside a query term (folded). */
export interface QueryRun {
  kind: 'word' | 'cjk';
  text: string;
}

/** One thing that must (or must not) occur: a word, a CJK string, a compound or a phrase. */
export interface QueryTerm {
  runs: QueryRun[];
  /** The last run, a word, matches any word it starts. */
  prefix: boolean;
  /** Came from "quotes". */
  phrase: boolean;
  /** As typed, for display. */
  raw: string;
}

/** A parsed query. */
export interface ParsedQuery {
  terms: QueryTerm[];
  excludes: QueryTerm[];
  /** Tag keys that must all be present. */
  tags: string[];
  excludedTags: string[];
  /** Site values, any of which matches. */
  sites: string[];
  excludedSites: string[];
  langs: string[];
  excludedLangs: string[];
  /** Inclusive lower bound, YYYY-MM-DD. */
  after?: string;
  /** Exclusive upper bound, YYYY-MM-DD. */
  before?: string;
  /** true: only clips without tags; false: only clips with tags. */
  untagged?: boolean;
  /** is:unread / is:archived (negated: the other one). */
  status?: ReadingStatus;
  /** true: only favourites; false: none of them. */
  favorite?: boolean;
  /** true: only placeholders ("saved, not yet clipped"); false: only clipped ones. */
  placeholder?: boolean;
  /** `has:highlights` (true) / `-has:highlights` (false). */
  highlighted?: boolean;
  /** Filters that were not understood (shown to the user, otherwise ignored). */
  ignored: string[];
}

interface Token {
  text: string;
  negated: boolean;
  quoted: boolean;
  /** The token reaches the end of the input (it may still be being typed). */
  atEnd: boolean;
  /** The closing quote is missing. */
  open: boolean;
}

const FILTER_RE = /^(tag|site|lang|before|after|is|has):(.*)$/is;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  const n = input.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(input[i])) i++;
    if (i >= n) break;
    let negated = false;
    if (input[i] === '-' && i + 1 < n && !isSpace(input[i + 1])) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close < 0 ? n : close;
      tokens.push({ text: input.slice(i + 1, end), negated, quoted: true, atEnd: close < 0 || close + 1 >= n, open: close < 0 });
      i = close < 0 ? n : close + 1;
      continue;
    }
    const start = i;
    const filter = /^[a-z]+:"/i.exec(input.slice(i, i + 8));
    if (filter) {
      const close = input.indexOf('"', i + filter[0].length);
      i = close < 0 ? n : close + 1;
    } else {
      while (i < n && !isSpace(input[i])) i++;
    }
    tokens.push({ text: input.slice(start, i), negated, quoted: false, atEnd: i >= n, open: false });
  }
  return tokens;
}

/** Parse YYYY, YYYY-MM or YYYY-MM-DD ("/" and "." also accepted) to the first day it names. */
export function parseDateValue(value: string): string | undefined {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function makeTerm(text: string, raw: string, phrase: boolean, typing: boolean): QueryTerm | undefined {
  let body = text;
  let explicitPrefix = false;
  if (!phrase && body.endsWith('*')) {
    body = body.replace(/\*+$/, '');
    explicitPrefix = true;
  }
  const runs: QueryRun[] = scanRuns(foldText(body)).map((r) => ({ kind: r.kind, text: r.text }));
  const last = runs[runs.length - 1];
  if (!last) return undefined;
  const lastLength = Array.from(last.text).length;
  const prefix =
    last.kind === 'word' &&
    ((explicitPrefix && lastLength >= MIN_EXPLICIT_PREFIX) || (typing && lastLength >= MIN_PREFIX));
  return { runs, prefix, phrase, raw };
}

function applyFilter(q: ParsedQuery, key: string, rawValue: string, negated: boolean, original: string): void {
  const value = rawValue.replace(/^"|"$/g, '').trim();
  if (!value) return;
  switch (key) {
    case 'tag': {
      const k = tagKey(value);
      (negated ? q.excludedTags : q.tags).push(k);
      return;
    }
    case 'site': {
      const s = normalizeSite(value);
      if (s) (negated ? q.excludedSites : q.sites).push(s);
      else q.ignored.push(original);
      return;
    }
    case 'lang': {
      const l = value.toLowerCase().match(/^[a-z]{2,3}/)?.[0];
      if (l) (negated ? q.excludedLangs : q.langs).push(l);
      else q.ignored.push(original);
      return;
    }
    case 'before':
    case 'after': {
      const day = parseDateValue(value);
      if (!day || negated) {
        q.ignored.push(original);
        return;
      }
      if (key === 'after') q.after = q.after && q.after > day ? q.after : day;
      else q.before = q.before && q.before < day ? q.before : day;
      return;
    }
    case 'has': {
      if (value.toLowerCase() === 'highlights' || value.toLowerCase() === 'highlight') q.highlighted = !negated;
      else q.ignored.push(original);
      return;
    }
    default: {
      const v = value.toLowerCase();
      const status = STATUS_WORDS[v];
      if (v === 'untagged' || v === 'tagged') q.untagged = (v === 'untagged') !== negated;
      else if (status) q.status = negated ? (status === 'unread' ? 'archived' : 'unread') : status;
      else if (FAVORITE_WORDS.has(v)) q.favorite = !negated;
      else if (PLACEHOLDER_WORDS.has(v)) q.placeholder = !negated;
      else q.ignored.push(original);
    }
  }
}

/** Parse a search box string. */
export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = {
    terms: [],
    excludes: [],
    tags: [],
    excludedTags: [],
    sites: [],
    excludedSites: [],
    langs: [],
    excludedLangs: [],
    ignored: [],
  };
  for (const token of lex(input)) {
    const original = (token.negated ? '-' : '') + token.text;
    if (!token.quoted) {
      const filter = FILTER_RE.exec(token.text);
      if (filter) {
        applyFilter(q, (filter[1] ?? '').toLowerCase(), filter[2] ?? '', token.negated, original);
        continue;
      }
    }
    // A phrase still being typed (no closing quote) or a word at the very end can be a prefix.
    const typing = !token.negated && token.atEnd && (!token.quoted || token.open);
    const term = makeTerm(token.text, original, token.quoted, typing);
    if (term) (token.negated ? q.excludes : q.terms).push(term);
  }
  return q;
}

/** Whether the query restricts anything at all (an empty query lists recent clips). */
export function hasConstraints(q: ParsedQuery): boolean {
  return (
    q.terms.length > 0 ||
    q.excludes.length > 0 ||
    q.tags.length > 0 ||
    q.excludedTags.length > 0 ||
    q.sites.length > 0 ||
    q.excludedSites.length > 0 ||
    q.langs.length > 0 ||
    q.excludedLangs.length > 0 ||
    q.after !== undefined ||
    q.before !== undefined ||
    q.untagged !== undefined ||
    q.status !== undefined ||
    q.favorite !== undefined ||
    q.placeholder !== undefined ||
    q.highlighted !== undefined
  );
}
