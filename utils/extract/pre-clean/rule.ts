import type { ScanContext } from './scan-context';

/** A pre-clean rule: removes one kind of clutter from the cloned document, returning how many nodes. */
export interface PreCleanRule {
  /** Stable name, used in debug output and tests. */
  name: string;
  apply: (doc: Document, ctx?: ScanContext) => number;
}

/** Removes every element in `elements` that is still attached and not kept by the guard, returning the count removed. */
export function removeAll(ctx: ScanContext, elements: Iterable<Element>): number {
  let n = 0;
  for (const el of elements) {
    if (!ctx.attached(el)) continue;
    if (ctx.remove(el)) n++;
  }
  return n;
}
