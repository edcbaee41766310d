import type { TermLookup } from './lookup';
import { ByteWriter, writePostings } from './postings';

/**
 * The stored index is a few immutable "runs" (sorted term → posting list maps), each cut into pages
 * of about PAGE_BYTES. A run's directory (the first term of every page) finds the one page that can
 * hold a term, so a lookup reads one page per run — tens of records per query instead of a record
 * per term, and a run of 2,000 clips is a few hundred writes instead of a hundred thousand.
 * A term is never split: a very common term simply makes a bigger page.
 */
export const PAGE_BYTES = 32 * 1024;

/**
 * One page: terms in ascending order and their encoded posting lists, back to back. The terms are
 * one packed string (a page holds thousands of rare terms; reading thousands of small strings out
 * of IndexedDB per page was a large part of a query's time).
 */
export interface IndexPage {
  /** Every term, concatenated. */
  terms: string;
  /** Term i is terms.slice(termEnds[i-1] (or 0), termEnds[i]). */
  termEnds: Uint32Array;
  /** ends[i] = end offset in `data` of term i's list (it starts at ends[i-1], or 0). */
  ends: Uint32Array;
  data: Uint8Array;
}

/** Number of terms in a page. */
export function pageSize(page: IndexPage): number {
  return page.termEnds.length;
}

/** Term i of a page. */
export function pageTerm(page: IndexPage, i: number): string {
  return page.terms.slice(i === 0 ? 0 : (page.termEnds[i - 1] ?? 0), page.termEnds[i] ?? 0);
}

/** Posting list of term i of a page. */
export function pageList(page: IndexPage, i: number): Uint8Array {
  return page.data.subarray(i === 0 ? 0 : (page.ends[i - 1] ?? 0), page.ends[i] ?? 0);
}

/** Index of the first element of sorted `list` greater than `value`. */
export function upperBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? '') <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of sorted `list` not less than `value`. */
export function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? '') < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The inclusive term interval a lookup covers. */
export function lookupInterval(lookup: TermLookup): [string, string] {
  if (lookup.kind === 'exact') return [lookup.term, lookup.term];
  if (lookup.kind === 'prefix') return [lookup.prefix, `${lookup.prefix}\uffff`];
  return [lookup.from, lookup.to];
}

/** Page numbers of a run (given its directory) that can hold terms of the lookup. */
export function pagesFor(firstTerms: readonly string[], lookup: TermLookup): number[] {
  const [from, to] = lookupInterval(lookup);
  const start = Math.max(0, upperBound(firstTerms, from) - 1);
  const end = upperBound(firstTerms, to);
  const out: number[] = [];
  for (let p = start; p < end; p++) out.push(p);
  return out;
}

/** Indexes of a page's terms inside the lookup's interval. */
export function termsIn(page: IndexPage, lookup: TermLookup): number[] {
  const [from, to] = lookupInterval(lookup);
  const n = pageSize(page);
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pageTerm(page, mid) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < n && pageTerm(page, i) <= to; i++) out.push(i);
  return out;
}

/** Builds a run's pages from terms added in ascending order. */
export class PageBuilder {
  readonly pages: IndexPage[] = [];
  readonly firstTerms: string[] = [];
  postings = 0;
  private terms: string[] = [];
  private termEnds: number[] = [];
  private termChars = 0;
  private ends: number[] = [];
  private data = new ByteWriter(PAGE_BYTES + 1024);

  /** Add a term's postings (flat pairs, ascending keys); terms must come in ascending order. */
  add(term: string, flat: readonly number[]): void {
    if (flat.length === 0) return;
    writePostings(this.data, flat);
    this.pushTerm(term);
    this.ends.push(this.data.length);
    this.postings += flat.length / 2;
    if (this.data.length >= PAGE_BYTES) this.flush();
  }

  /** Add an already encoded list. */
  addEncoded(term: string, list: Uint8Array, count: number): void {
    this.data.append(list);
    this.pushTerm(term);
    this.ends.push(this.data.length);
    this.postings += count;
    if (this.data.length >= PAGE_BYTES) this.flush();
  }

  private pushTerm(term: string): void {
    this.terms.push(term);
    this.termChars += term.length;
    this.termEnds.push(this.termChars);
  }

  /** Close the current page (call once at the end). */
  flush(): void {
    if (this.terms.length === 0) return;
    this.firstTerms.push(this.terms[0] ?? '');
    this.pages.push({ terms: this.terms.join(''), termEnds: Uint32Array.from(this.termEnds), ends: Uint32Array.from(this.ends), data: this.data.result() });
    this.terms = [];
    this.termEnds = [];
    this.termChars = 0;
    this.ends = [];
    this.data = new ByteWriter(PAGE_BYTES + 1024);
  }

  private drained = 0;

  /** Take the finished pages so far with the page number of the first (for streaming writers). */
  drain(): { first: number; pages: IndexPage[] } {
    const first = this.drained;
    const pages = this.pages.splice(0, this.pages.length);
    this.drained += pages.length;
    return { first, pages };
  }
}

/** Pages of a whole in-memory term → postings map. */
export function buildPages(postings: Map<string, number[]>): { pages: IndexPage[]; firstTerms: string[]; count: number } {
  const builder = new PageBuilder();
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const term of terms) builder.add(term, postings.get(term) ?? []);
  builder.flush();
  return { pages: builder.pages, firstTerms: builder.firstTerms, count: builder.postings };
}
