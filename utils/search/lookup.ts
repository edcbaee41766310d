/** Which index terms a query needs: one term, every term with a prefix, or a span of facet terms. */
export type TermLookup =
  | { kind: 'exact'; term: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'span'; from: string; to: string };

/** Whether a term (e.g. in a delta row) is one the lookup wants. */
export function lookupAccepts(lookup: TermLookup, term: string): boolean {
  switch (lookup.kind) {
    case 'exact':
      return term === lookup.term;
    case 'prefix':
      return term.startsWith(lookup.prefix);
    default:
      return term >= lookup.from && term <= lookup.to;
  }
}

/** A stable string for deduplicating lookups. */
export function lookupId(lookup: TermLookup): string {
  switch (lookup.kind) {
    case 'exact':
      return `e\u0000${lookup.term}`;
    case 'prefix':
      return `p\u0000${lookup.prefix}`;
    default:
      return `s\u0000${lookup.from}\u0000${lookup.to}`;
  }
}
