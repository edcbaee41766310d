import { collapseSpace } from '../text';

// What the pipeline removed and why: every removal rule reports here, so `--explain` can list each
// removed block with its rule, and guarded blocks with the guard that kept them.

/** One removed (or kept-by-guard) block. */
export interface Removal {
  /** The rule that removed it ("remove-share-tools", "post-clean:end-marks"). */
  rule: string;
  /** Tag name, lowercased. */
  tag: string;
  /** The start of its text (up to 120 characters). */
  text: string;
  /** Set when the guard kept the block: why ("verbatim", "inline-in-prose", "between-paragraphs"). */
  keptBy?: string;
}

/** Where removals are reported; `null` when nobody asked (nothing is recorded). */
export type RemovalLog = Removal[] | null;

/** Records that `rule` removed `el` (or, with `keptBy`, that the guard kept it). */
export function logRemoval(log: RemovalLog, rule: string, el: Element, keptBy?: string): void {
  if (!log) return;
  const text = collapseSpace(el.textContent ?? '').slice(0, 120);
  log.push(keptBy ? { rule, tag: el.nodeName.toLowerCase(), text, keptBy } : { rule, tag: el.nodeName.toLowerCase(), text });
}
