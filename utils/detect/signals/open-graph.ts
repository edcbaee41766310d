/** The page's `og:type` in lower case, or '' when absent. */
export function ogType(doc: Document): string {
  const meta = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]');
  return (meta?.getAttribute('content') ?? '').trim().toLowerCase();
}
