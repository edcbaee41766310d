/**
 * Reusable zeroed arrays for ranking. A query at 100k clips needs ~1 MB of per-clip arrays;
 * allocating them anew on every keystroke feeds the garbage collector, whose pauses showed up as
 * the slowest queries. Callers use them synchronously (no await in between), so one set suffices.
 */
let bytes: Uint8Array[] = [new Uint8Array(0), new Uint8Array(0)];
let floats = new Float64Array(0);

/** A zeroed byte array of `size` (slot 0 or 1: two can be in use at once). */
export function scratchBytes(slot: 0 | 1, size: number): Uint8Array {
  let array = bytes[slot] ?? new Uint8Array(0);
  if (array.length < size) {
    array = new Uint8Array(Math.ceil(size * 1.25));
    bytes = slot === 0 ? [array, bytes[1] ?? new Uint8Array(0)] : [bytes[0] ?? new Uint8Array(0), array];
  } else {
    array.fill(0, 0, size);
  }
  return array.subarray(0, size);
}

/** A zeroed float array of `size`. */
export function scratchFloats(size: number): Float64Array {
  if (floats.length < size) floats = new Float64Array(Math.ceil(size * 1.25));
  else floats.fill(0, 0, size);
  return floats.subarray(0, size);
}
