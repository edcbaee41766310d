/** Which clips are selected, and the row the next shift-click extends from. */
export interface Selection {
  ids: ReadonlySet<number>;
  /** Index (in the current list) of the last plainly toggled row. */
  anchor: number | undefined;
}

/** Nothing selected. */
export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: undefined };

/** Toggle one clip and make its row the anchor for shift-click ranges. */
export function toggleOne(selection: Selection, id: number, index: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: index };
}

/** The index span a shift-click on `index` covers: from the anchor (or the row itself) to it. */
export function rangeBounds(selection: Selection, index: number): { from: number; to: number } {
  const anchor = selection.anchor ?? index;
  return { from: Math.min(anchor, index), to: Math.max(anchor, index) };
}

/**
 * Apply a shift-click: the rows between the anchor and the clicked one all take the clicked row's
 * new state (selected if it was not), as in file managers. The anchor stays put.
 */
export function applyRange(selection: Selection, rangeIds: readonly number[], clickedId: number): Selection {
  const select = !selection.ids.has(clickedId);
  const ids = new Set(selection.ids);
  for (const id of rangeIds) {
    if (select) ids.add(id);
    else ids.delete(id);
  }
  return { ids, anchor: selection.anchor };
}

/** Select exactly these clips (select all in the current filter). */
export function selectAll(ids: readonly number[]): Selection {
  return { ids: new Set(ids), anchor: undefined };
}

/** Drop clips that no longer exist (deleted here or in another tab) from the selection. */
export function keepExisting(selection: Selection, exists: (id: number) => boolean): Selection {
  const ids = [...selection.ids].filter(exists);
  return ids.length === selection.ids.size ? selection : { ids: new Set(ids), anchor: selection.anchor };
}
