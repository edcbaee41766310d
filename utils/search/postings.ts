/**
 * Posting lists: for one term, the clip parts (doc keys) that contain it with a weighted term
 * frequency. Encoded as varint count, then per posting (ascending doc key): varint key gap, varint
 * tf — about two bytes a posting. Length norms are per doc part, kept once beside the live map.
 */

/** Length norm: log-quantized to a byte (±3.5 %, plenty for BM25 length normalization). */
export function normOf(length: number): number {
  return Math.min(255, Math.round(Math.log1p(Math.max(0, length)) / Math.log(1.07)));
}

const NORM_LENGTHS = Float64Array.from({ length: 256 }, (_, q) => Math.pow(1.07, q) - 1);

/** Approximate length of a norm byte. */
export function lengthOfNorm(norm: number): number {
  return NORM_LENGTHS[norm] ?? 0;
}

/** A growable byte buffer with varint writes. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 256) {
    this.bytes = new Uint8Array(capacity);
  }

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

  append(bytes: Uint8Array): void {
    this.grow(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Append an encoded posting list (flat pairs [key, tf, key, tf, …], ascending unique keys). */
export function writePostings(w: ByteWriter, flat: readonly number[]): void {
  w.varint(flat.length / 2);
  let prev = 0;
  for (let i = 0; i < flat.length; i += 2) {
    const key = flat[i] ?? 0;
    w.varint(key - prev);
    w.varint(flat[i + 1] ?? 0);
    prev = key;
  }
}

/** Encode a posting list on its own. */
export function encodePostings(flat: readonly number[]): Uint8Array {
  const w = new ByteWriter(flat.length * 2 + 8);
  writePostings(w, flat);
  return w.result();
}

/** Number of postings in an encoded list (reads only the header). */
export function postingCount(bytes: Uint8Array): number {
  let v = 0;
  let mul = 1;
  for (let i = 0; ; i++) {
    const b = bytes[i] ?? 0;
    v += (b & 0x7f) * mul;
    if (b < 0x80) return v;
    mul *= 0x80;
  }
}

/** Call visit(docKey, tf) for each posting, in ascending doc key order. */
export function forEachPosting(bytes: Uint8Array, visit: (key: number, tf: number) => void): void {
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
  const count = read();
  let key = 0;
  for (let n = 0; n < count; n++) {
    key += read();
    visit(key, read());
  }
}

/** Decode a posting list to flat pairs. */
export function decodePostings(bytes: Uint8Array): number[] {
  const flat: number[] = [];
  forEachPosting(bytes, (key, tf) => flat.push(key, tf));
  return flat;
}
