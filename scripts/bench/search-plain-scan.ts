/**
 * The reference for the recall check: a plain scan that decides matches with regular expressions
 * written independently of utils/search/match.ts (sharing only the documented folding and the
 * parsed query's prefix flags), so the index path and this path can disagree if either is wrong.
 */
import { foldText } from '../../utils/search/fold';
import type { ParsedQuery, QueryTerm } from '../../utils/search/query';

const CJK = String.raw`\p{scx=Hangul}\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}`;
const WORD = String.raw`[[\p{L}\p{N}\p{M}]--[${CJK}]]`;
const SEP = String.raw`[^\p{L}\p{N}\p{M}\u0003]`;

function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => `\\${c}`);
}

/** A regular expression equivalent to a query term's documented semantics. */
export function termRegex(term: QueryTerm): RegExp {
  let source = '';
  term.runs.forEach((run, i) => {
    const prev = term.runs[i - 1];
    if (prev) source += prev.kind === run.kind ? `${SEP}+` : `${SEP}*`;
    if (i === 0 && run.kind === 'word') source += `(?<!${WORD})`;
    source += escape(run.text);
  });
  const last = term.runs[term.runs.length - 1];
  if (last?.kind === 'word' && !term.prefix) source += `(?!${WORD})`;
  return new RegExp(source, 'v');
}

/** Fields a clip is searched by, folded and joined (fields never run into each other). */
export function scanText(clip: { title: string; byline: string | null; siteName: string | null; tags: string[]; note: string; text: string }): string {
  return foldText([clip.title, clip.byline ?? '', clip.siteName ?? '', ...clip.tags, clip.note, clip.text].join('\n\u0003\n'));
}

/** Whether folded clip text matches the query's terms (filters are checked by the caller). */
export function scanMatches(folded: string, q: ParsedQuery, regexes: { terms: RegExp[]; excludes: RegExp[] }): boolean {
  void q;
  return regexes.terms.every((r) => r.test(folded)) && !regexes.excludes.some((r) => r.test(folded));
}
