const MIN_ITEM = 120;
const MAX_ITEM_LINK_SHARE = 0.2;

/**
 * Whether a text block inside a list item is prose: how-tos and explainers write whole paragraphs as
 * bullets, while menus, link lists and teaser lists have short, linked or headed items with pictures.
 */
export function isProseListItem(item: Element, text: number, linkText: number): boolean {
  return text >= MIN_ITEM && linkText / text < MAX_ITEM_LINK_SHARE && item.querySelector('h1, h2, h3, h4, h5, h6, img') === null;
}
