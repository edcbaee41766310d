/** Trim and collapse whitespace; an empty result means "no tag". */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The case-insensitive identity of a tag ("Économie" and "économie" are one tag).
 * Locale-independent lowercasing so every extension context computes the same key.
 */
export function tagKey(tag: string): string {
  return normalizeTag(tag).toLowerCase();
}

/** Merge tags case-insensitively, keeping the first spelling seen. */
export function mergeTags(existing: readonly string[], added: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of [...existing, ...added]) {
    const tag = normalizeTag(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
