/** Parse an HTML string into a fresh Document, separate from the test environment's global one. */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A paragraph of `count` Latin words (about 6 characters each). */
export function words(count: number, seed = 'lorem'): string {
  return Array.from({ length: count }, (_, i) => `${seed}${i % 7}`).join(' ');
}
