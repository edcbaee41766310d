/**
 * Posting records of the stored inverted index.
 *
 * One record per (term, block), where a block is a range of BLOCK_CLIPS clip ids. New clips land in
 * the newest block, so folding them in rewrites small records instead of whole posting lists, and a
 * full rebuild can write block after block. Records of one term are adjacent keys
 * (`term \0 blockChar`), so a term — or every term with a prefix — is one key-range read.
 *
 * Value: varint block, varint count, then per posting (ascending doc key):
 * varint gap of the block-local doc key, varint tf, one byte length norm.
 */
export const BLOCK_CLIPS = 2048;

const KEY_SEPARATOR = '\u0000';
const BLOCK_CHAR_BASE = 0x100;
const MAX_BLOCK = 0xd7ff - BLOCK_CHAR_BASE; // stay below surrogates: ~112M clip ids

/** One posting: a clip part's doc key, its weighted term frequency and its length norm. */
export interface Posting {
  key: number;
  tf: number;
  norm: number;
}

/** Block of a clip id. */
export function blockOf(clipId: number): number {
  const block = Math.floor(clipId / BLOCK_CLIPS);
  if (block > MAX_BLOCK) throw new Error(`clip id ${clipId} is beyond the index's range`);
  return block;
}

/** Storage key of a term's record in a block. */
export function recordKey(term: string, block: number): string {
  return term + KEY_SEPARATOR + String.fromCharCode(BLOCK_CHAR_BASE + block);
}

/** The term of a storage key. */
export function termOfRecordKey(key: string): string {
  return key.slice(0, key.lastIndexOf(KEY_SEPARATOR));
}

/** A half-open key range [lower, upper). */
export interface KeyRange {
  lower: string;
  upper: string;
}

/** Every block of one term. */
export function exactRange(term: string): KeyRange {
  return { lower: term + KEY_SEPARATOR, upper: term + '\u0001' };
}

/** Every block of every term starting with prefix (the term equal to prefix included). */
export function prefixRange(prefix: string): KeyRange {
  return { lower: prefix, upper: `${prefix}\uffff` };
}

/** Every block of every term in [from, to] (inclusive, by code unit order). */
export function termSpanRange(from: string, to: string): KeyRange {
  return { lower: from + KEY_SEPARATOR, upper: `${to}\u0001` };
}

/** Length norm: log-quantized to a byte (±3.5%, plenty for BM25 length normalization). */
export function normOf(length: number): number {
  return Math.min(255, Math.round(Math.log1p(Math.max(0, length)) / Math.log(1.07)));
}

const NORM_LENGTHS = Float64Array.from({ length: 256 }, (_, q) => Math.pow(1.07, q) - 1);

/** Approximate length of a norm byte. */
export function lengthOfNorm(norm: number): number {
  return NORM_LENGTHS[norm] ?? 0;
}

class ByteWriter {
  bytes = new Uint8Array(64);
  length = 0;

  private grow(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  varint(value: number): void {
    this.grow(8);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  byte(value: number): void {
    this.grow(1);
    this.bytes[this.length++] = value;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Encode a block's postings (ascending, unique doc keys). */
export function encodeRecord(block: number, postings: readonly Posting[]): Uint8Array {
  const w = new ByteWriter();
  w.varint(block);
  w.varint(postings.length);
  const base = block * BLOCK_CLIPS * 2;
  let prev = 0;
  for (const p of postings) {
    const local = p.key - base;
    w.varint(local - prev);
    w.varint(p.tf);
    w.byte(p.norm);
    prev = local;
  }
  return w.result();
}

/** Number of postings in a record (reads only the header). */
export function recordCount(bytes: Uint8Array): number {
  let i = 0;
  while ((bytes[i] ?? 0) & 0x80) i++;
  i++;
  let v = 0;
  let mul = 1;
  for (;;) {
    const b = bytes[i++] ?? 0;
    v += (b & 0x7f) * mul;
    if (b < 0x80) return v;
    mul *= 0x80;
  }
}

/** Call visit(docKey, tf, norm) for each posting of a record, in ascending doc key order. */
export function forEachPosting(bytes: Uint8Array, visit: (key: number, tf: number, norm: number) => void): void {
  let i = 0;
  const read = (): number => {
    let b = bytes[i++] ?? 0;
    if (b < 0x80) return b;
    let v = b & 0x7f;
    let mul = 0x80;
    for (;;) {
      b = bytes[i++] ?? 0;
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 0x80;
    }
  };
  const block = read();
  const count = read();
  let key = block * BLOCK_CLIPS * 2;
  for (let n = 0; n < count; n++) {
    key += read();
    const tf = read();
    const norm = bytes[i++] ?? 0;
    visit(key, tf, norm);
  }
}

/** Decode a record into postings. */
export function decodeRecord(bytes: Uint8Array): { block: number; postings: Posting[] } {
  const postings: Posting[] = [];
  forEachPosting(bytes, (key, tf, norm) => postings.push({ key, tf, norm }));
  let i = 0;
  let block = 0;
  let mul = 1;
  for (;;) {
    const b = bytes[i++] ?? 0;
    block += (b & 0x7f) * mul;
    if (b < 0x80) break;
    mul *= 0x80;
  }
  return { block, postings };
}

/** Encode postings given as flat triples [key, tf, norm, key, tf, norm, …] (ascending, unique keys). */
export function encodeFlat(block: number, flat: readonly number[]): Uint8Array {
  const w = new ByteWriter();
  w.varint(block);
  w.varint(flat.length / 3);
  const base = block * BLOCK_CLIPS * 2;
  let prev = 0;
  for (let i = 0; i < flat.length; i += 3) {
    const local = (flat[i] ?? 0) - base;
    w.varint(local - prev);
    w.varint(flat[i + 1] ?? 0);
    w.byte(flat[i + 2] ?? 0);
    prev = local;
  }
  return w.result();
}

/**
 * Apply changes to one record: drop the postings of `remove` doc keys, then add `add` (flat triples,
 * replacing any posting with the same key). Returns undefined when the record becomes empty.
 */
export function updateRecord(
  existing: Uint8Array | undefined,
  block: number,
  remove: ReadonlySet<number>,
  add: readonly number[],
): Uint8Array | undefined {
  if (!existing && isAscending(add)) return add.length === 0 ? undefined : encodeFlat(block, add);
  const merged: Posting[] = [];
  const addKeys = new Set<number>();
  for (let i = 0; i < add.length; i += 3) addKeys.add(add[i] ?? 0);
  if (existing) {
    forEachPosting(existing, (key, tf, norm) => {
      if (!remove.has(key) && !addKeys.has(key)) merged.push({ key, tf, norm });
    });
  }
  const seen = new Set<number>();
  // Later adds for the same key win (iterate backwards, keep first seen).
  for (let i = add.length - 3; i >= 0; i -= 3) {
    const key = add[i] ?? 0;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push({ key, tf: add[i + 1] ?? 0, norm: add[i + 2] ?? 0 });
  }
  merged.sort((a, b) => a.key - b.key);
  return merged.length === 0 ? undefined : encodeRecord(block, merged);
}

function isAscending(flat: readonly number[]): boolean {
  for (let i = 3; i < flat.length; i += 3) if ((flat[i] ?? 0) <= (flat[i - 3] ?? 0)) return false;
  return true;
}
