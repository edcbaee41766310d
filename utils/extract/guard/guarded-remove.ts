import { guardReason } from './content-guard';
import { logRemoval, type RemovalLog } from './removal-log';

/** Removes `el` for `rule` unless the content guard keeps it; reports either way; returns whether removed. */
export function guardedRemove(el: Element, rule: string, log: RemovalLog = null): boolean {
  const kept = guardReason(el);
  logRemoval(log, rule, el, kept ?? undefined);
  if (kept) return false;
  el.remove();
  return true;
}
