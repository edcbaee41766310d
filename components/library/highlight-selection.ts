/** The selection's range when it is non-empty and wholly inside `root`, else null. */
export function selectionRangeIn(root: Node | null, selection: Selection | null): Range | null {
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  return range.toString().trim() === '' ? null : range;
}

/** Whether a key event comes from a text field (where letters are typing, not shortcuts). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** The keyboard shortcut that highlights the selection in the reader: `h` (no modifiers). */
export function isHighlightShortcut(event: KeyboardEvent): boolean {
  return event.key.toLowerCase() === 'h' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
}
