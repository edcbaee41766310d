// JSON-LD is the most deliberate metadata a page has, but it arrives in many shapes: arrays,
// `@graph`, nested `mainEntity`, authors as strings, objects or arrays, and sometimes broken JSON.

/** A JSON value as parsed from a script. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The article-level fields JSON-LD can give us. */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  image: string | null;
  description: string | null;
  keywords: string[];
  inLanguage: string | null;
  url: string | null;
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|MedicalScholarlyArticle|SatiricalArticle|AdvertiserContentArticle|DiscussionForumPosting|Blog|WebPage)$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v['name'] ?? v['@value'] ?? v['url'] ?? v['@id']);
  return null;
}

function names(v: Json | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x));
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (isObject(v)) {
    const n = v['name'];
    if (typeof n === 'string' && n.trim()) return [n.trim()];
    const given = text(v['givenName']);
    const family = text(v['familyName']);
    if (given || family) return [[given, family].filter(Boolean).join(' ')];
  }
  return [];
}

function imageUrl(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return imageUrl(v[0]);
  if (isObject(v)) return text(v['url'] ?? v['contentUrl'] ?? v['@id']);
  return null;
}

function keywords(v: Json | undefined): string[] {
  // A semicolon that ends an entity ("&amp;") is not a separator.
  if (typeof v === 'string') return v.split(/\s*(?:,|(?<!&#?\w{1,10});)\s*/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(v)) return v.flatMap((x) => keywords(x));
  return [];
}

/** Walks arrays, `@graph` and `mainEntity`/`mainEntityOfPage` objects, collecting every node. */
function collect(v: Json | undefined, out: JsonObject[], depth = 0): void {
  if (depth > 6 || v === undefined || v === null) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (!isObject(v)) return;
  out.push(v);
  collect(v['@graph'], out, depth + 1);
  if (isObject(v['mainEntity']) || Array.isArray(v['mainEntity'])) collect(v['mainEntity'], out, depth + 1);
}

function parseScript(raw: string): Json | undefined {
  const cleaned = raw
    .replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .trim();
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    // CMS templates often leave raw newlines/tabs inside strings; JSON forbids them, browsers don't care.
    try {
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** The text of every JSON-LD script in the document, in document order. */
export function jsonLdTexts(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type="application/ld+json" i]')].map((script) => script.textContent ?? '');
}

/** Every JSON-LD node in the document whose type is an article kind, best (most specific) first (`texts`: the scripts, if read already). */
export function readJsonLd(doc: Document, texts: readonly string[] = jsonLdTexts(doc)): JsonLdArticle[] {
  const nodes: JsonObject[] = [];
  for (const text of texts) collect(parseScript(text), nodes);
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) {
    const id = n['@id'];
    if (typeof id === 'string') byId.set(id, n);
  }
  // Authors and publishers in @graph are often references ({"@id": "#person-1"}).
  const deref = (v: Json | undefined): Json | undefined => {
    if (Array.isArray(v)) return v.map((x) => deref(x) ?? null);
    if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
    return v;
  };
  const articles: JsonLdArticle[] = [];
  for (const node of nodes) {
    const type = types(node).find((t) => ARTICLE_TYPES.test(t));
    if (!type) continue;
    articles.push({
      type,
      headline: text(node['headline']) ?? text(node['name']),
      authors: names(deref(node['author']) ?? deref(node['creator'])),
      datePublished: text(node['datePublished']) ?? text(node['dateCreated']),
      dateModified: text(node['dateModified']),
      publisher: text(deref(node['publisher'])),
      image: imageUrl(deref(node['image']) ?? deref(node['thumbnailUrl'])),
      description: text(node['description']),
      keywords: keywords(node['keywords']),
      inLanguage: text(node['inLanguage']),
      url: text(node['url']) ?? text(node['mainEntityOfPage']),
    });
  }
  const rank = (a: JsonLdArticle): number => (a.type === 'WebPage' || a.type === 'Blog' ? 1 : 0);
  return articles.sort((a, b) => rank(a) - rank(b));
}
