import { ARTICLE_TYPE, type PageKind, pageKindOf, typeName } from './page-kinds';

/** What the page's structured data (JSON-LD) says the page is. */
export interface JsonLdSignal {
  /** Top-level entities (or @graph members, or a WebPage's mainEntity) with an article type. */
  article: number;
  /** Top-level entities that make the page a forum thread, product, collection or media page. */
  kinds: Set<PageKind>;
  /** An article entity carries datePublished. */
  datePublished: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function typesOf(node: { [key: string]: Json }): string[] {
  const raw = node['@type'];
  return (Array.isArray(raw) ? raw : [raw]).filter((t): t is string => typeof t === 'string').map(typeName);
}

// Only top-level entities say what the page is; nested ones (a Product's reviews, an ItemList's
// articles, an Article's publisher) describe parts of it.
function visit(node: Json, signal: JsonLdSignal): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, signal);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if (node['@graph'] !== undefined) visit(node['@graph'], signal);
  const types = typesOf(node);
  if (types.some((t) => ARTICLE_TYPE.test(t))) {
    signal.article++;
    if (node.datePublished !== undefined) signal.datePublished = true;
  }
  for (const t of types) {
    const kind = pageKindOf(t);
    if (kind) signal.kinds.add(kind);
  }
  // A WebPage's mainEntity says what the page is about, so it counts as top level.
  const main = node.mainEntity;
  if (main !== undefined && types.some((t) => t.endsWith('page'))) visit(main, signal);
}

/** Read every JSON-LD block and classify the top-level schema.org types it declares. */
export function jsonLdSignal(doc: Document): JsonLdSignal {
  const signal: JsonLdSignal = { article: 0, kinds: new Set(), datePublished: false };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue;
    try {
      const value: Json = JSON.parse(source);
      visit(value, signal);
    } catch {
      // Broken JSON-LD is common; it simply gives no signal.
    }
  }
  return signal;
}
