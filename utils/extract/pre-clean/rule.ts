/** A pre-clean rule: removes one kind of clutter from the cloned document, returning how many nodes. */
export interface PreCleanRule {
  /** Stable name, used in debug output and tests. */
  name: string;
  apply: (doc: Document) => number;
}

/**
 * True when `node` is still in its document's tree. (Not `isConnected`: happy-dom reports false for
 * every node of a cloned document.)
 */
export function isAttached(node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === 9) return true;
    current = current.parentNode;
  }
  return false;
}

/** Removes every element in `elements` that is still attached, returning the count removed. */
export function removeAll(elements: Iterable<Element>): number {
  let n = 0;
  for (const el of elements) {
    if (!isAttached(el)) continue;
    el.remove();
    n++;
  }
  return n;
}
