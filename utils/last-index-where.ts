/**
 * The last index in [0, length) where `holds` is true, or -1, for a predicate that is true on a
 * prefix and false after it (a binary search: sorted offsets, nodes in document order).
 */
export function lastIndexWhere(length: number, holds: (index: number) => boolean): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
