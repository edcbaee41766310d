// A link to another page (in-page anchors, as on permalinked section titles, don't count).
const PAGE_LINK = 'a[href]:not([href^="#"])';

/**
 * Whether an element holds a headline linking elsewhere (a heading with such a link, or inside one):
 * the mark of a teaser card; a story's own sections have unlinked headings. It walks the element's
 * few headings rather than matching a descendant selector against every link.
 */
export function isTeaserCard(element: Element): boolean {
  for (const heading of element.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (heading.querySelector(PAGE_LINK) !== null) return true;
    const wrapper = heading.closest('a');
    if (wrapper !== null && element.contains(wrapper) && wrapper.matches(PAGE_LINK)) return true;
  }
  return false;
}
