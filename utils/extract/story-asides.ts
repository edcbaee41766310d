// Readability deletes every <aside> in the article. Inside a story, an aside is often an editorial
// box — "Repères", a fact box, a timeline — that belongs to the article. Such asides (in the article
// container, made of paragraphs, few links, not named after a widget) become plain <div>s first.

const WIDGET_NAMES = /related|recommend|popular|rank|promo|newsletter|subscribe|share|social|sidebar|widget|ad(?:s|vert)?(?:$|[\s_-])|banner|nav|comment|author|bio|tags?(?:$|[\s_-])/i;

function linkShare(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 1;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

/** Turns editorial asides inside the article container into divs so Readability keeps them. */
export function keepStoryAsides(doc: Document): number {
  let n = 0;
  for (const aside of [...doc.querySelectorAll('aside')]) {
    if (!aside.parentElement?.closest('article, main, [role="main"], [itemprop="articleBody"]')) continue;
    if (WIDGET_NAMES.test(`${aside.getAttribute('class') ?? ''} ${aside.id}`)) continue;
    if (!aside.querySelector('p') || linkShare(aside) > 0.3) continue;
    const div = doc.createElement('div');
    for (const attr of [...aside.attributes]) div.setAttribute(attr.name, attr.value);
    while (aside.firstChild) div.append(aside.firstChild);
    aside.replaceWith(div);
    n++;
  }
  return n;
}
