// Where a page's paragraph text sits: characters added up per ancestor, then the deepest element that
// holds nearly all of it. Used on the live page (story-region.ts) and on the cleaned copy
// (focus-story.ts).

/** Adds `n` characters to every ancestor of `node` below `root`. */
export function addToAncestors(amounts: Map<Element, number>, node: Element, root: Element, n: number): void {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) amounts.set(el, (amounts.get(el) ?? 0) + n);
}

/**
 * The deepest element under `root` holding at least `share` of `total` in `amounts`, found by
 * following the one child that holds that much; `root` itself when no child does.
 */
export function deepestHolder(root: Element, amounts: ReadonlyMap<Element, number>, total: number, share: number): Element {
  let container = root;
  for (;;) {
    let next: Element | null = null;
    for (const child of container.children) if ((amounts.get(child) ?? 0) >= share * total) next = child;
    if (!next) return container;
    container = next;
  }
}
