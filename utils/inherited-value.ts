/**
 * A value each element inherits from its parent and may change (`step`), worked out for `el` and
 * memoized for its ancestors, so a pass over many elements looks at each ancestor once. Without
 * recursion: malformed pages nest very deep. `top` is the value above the outermost ancestor, or
 * above `stop` (which is not itself included).
 */
export function inheritedValue<T>(el: Element, memo: Map<Element, T>, top: T, step: (node: Element, parent: T) => T, stop: Element | null = null): T {
  const path: Element[] = [];
  let value = top;
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    const known = memo.get(node);
    if (known !== undefined) {
      value = known;
      break;
    }
    path.push(node);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    if (!node) continue;
    value = step(node, value);
    memo.set(node, value);
  }
  return value;
}
