/** Share of the body's visible-ish text that sits inside links (0..1); high on fronts and listings. */
export function linkDensity(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let total = (body.textContent ?? '').replace(/\s+/g, '').length;
  for (const hidden of body.querySelectorAll('script, style, noscript, template')) {
    total -= (hidden.textContent ?? '').replace(/\s+/g, '').length;
  }
  if (total <= 0) return 0;
  let linked = 0;
  for (const link of body.querySelectorAll('a')) linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, linked / total);
}
