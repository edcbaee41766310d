/** Share of the body's text that sits inside links (0..1): high on fronts, listings and link hubs. */
export function linkDensity(text: number, linkText: number): number {
  return text > 0 ? Math.min(1, linkText / text) : 0;
}
