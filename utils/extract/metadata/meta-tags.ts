// All <meta> tags keyed by name/property/itemprop (lowercased), in document order. One read serves
// OpenGraph, article:*, Dublin Core, citation_*, Parsely/Sailthru and plain name=author/date tags.

/** Lowercased meta key → every non-empty content value, in document order. */
export type MetaTags = Map<string, string[]>;

/** Reads every `<meta>` with a name, property or itemprop and a non-empty content. */
export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = (meta.getAttribute('content') ?? '').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      // Some CMSs put several keys in one attribute ("og:title twitter:title").
      for (const k of key.split(/\s+/)) {
        const list = tags.get(k) ?? [];
        list.push(content);
        tags.set(k, list);
      }
    }
  }
  return tags;
}

/** The first value among `keys` (in priority order), or null. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** Every value among `keys`, in priority order. */
export function allMeta(tags: MetaTags, ...keys: string[]): string[] {
  return keys.flatMap((key) => tags.get(key) ?? []);
}
