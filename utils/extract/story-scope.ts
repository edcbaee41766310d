import type { ScanContext } from './pre-clean/scan-context';

// When the page marks its story container — `[itemprop=articleBody]`, a single `<article>`, `<main>`
// — and that container holds nearly all of the page's paragraph text, everything beside it is page
// furniture. Removing it before Readability gives Readability (the costliest stage) a fraction of
// the page to score, and nothing of the story to lose. Figures and subtitles outside the container
// are noted beforehand and put back by their own stages.

const CONTAINERS = '[itemprop~="articleBody" i], article, main, [role="main"]';

/** The innermost marked container holding at least `share` of the page's paragraph text, or null. */
export function storyContainer(ctx: ScanContext, share = 0.8): Element | null {
  const total = ctx.storyChars();
  if (total < 500) return null;
  let best: Element | null = null;
  for (const el of ctx.root.querySelectorAll(CONTAINERS)) {
    if (!ctx.attached(el) || ctx.paragraphChars(el) < total * share) continue;
    // Deeper qualifying containers are tighter scopes.
    if (!best || best.contains(el)) best = el;
  }
  return best;
}

/** Removes every element outside the story container's ancestor line; returns how many. */
export function scopeToStory(ctx: ScanContext): number {
  const container = storyContainer(ctx);
  if (!container) return 0;
  const out: Element[] = [];
  for (let node: Element = container; node.parentElement && node !== ctx.root; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling !== node && sibling.nodeName !== 'HEAD' && sibling.nodeName !== 'SCRIPT') out.push(sibling);
    }
  }
  for (const el of out) ctx.remove(el);
  return out.length;
}
