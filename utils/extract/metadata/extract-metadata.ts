import { absoluteUrl, canonicalUrl } from '../canonical-url';
import { collapseSpace } from '../text';
import { citationName, parseByline } from './byline';
import { jsonLdTexts, readJsonLd } from './json-ld';
import { indexPage, type PageIndex } from '../page-index';
import { allMeta, firstMeta, readMetaTags } from './meta-tags';
import { localizeDate, parseDate, type ParsedDate } from './parse-date';
import { guessTimeZone, zoneFromOffsets } from './time-zone';
import { chooseTitle, headlineCandidates, matchVisibleTitle } from './title';
import { detectLanguage } from './language';
import { bodyByline, visibleByline, visibleDates } from './visible';
import { headlineByline } from './headline-byline';
import { plainTextFor } from './plain-text';
import { isUiText } from './ui-text';

/** Page-level metadata, each field from its best source. */
export interface PageMetadata {
  title: string;
  authors: string[];
  published: string | null;
  modified: string | null;
  siteName: string | null;
  lang: string | null;
  canonicalUrl: string;
  excerpt: string | null;
  leadImage: string | null;
  keywords: string[];
  /** IANA zone used for dates printed without an offset (null when unknown). */
  timeZone: string | null;
  /** The page declares an article (og:type article, a JSON-LD article or blog-post type). */
  declaredArticle: boolean;
}

/** Meta tags that carry the first-publication time, most specific first. */
const PUBLISHED_KEYS = ['article:published_time', 'og:published_time', 'article:published', 'datepublished', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'citation_publication_date', 'citation_date', 'sailthru.date', 'parsely-pub-date', 'dable:published_time', 'article.published', 'cxenseparse:recs:publishtime'];
/** Meta tags that carry the last-modification time. */
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];

const ARTICLE_LD_TYPE = /"@type"\s*:\s*"(?:News|Reportage|Analysis|Opinion)?Article|BlogPosting"/;

/** Latest plausible publication time: a day ahead of now allows for zone confusion. */
function plausible(d: ParsedDate | null, now: number): d is ParsedDate {
  return d !== null && d.epoch <= now + 86_400_000 && d.epoch >= Date.UTC(1991, 0, 1);
}

/**
 * Picks the publication time from ordered candidates: the first plausible one, upgraded to a more
 * precise candidate (with time or offset) on the same day.
 */
function pickDate(candidates: (ParsedDate | null)[], now: number): ParsedDate | null {
  const ok = candidates.filter((c): c is ParsedDate => plausible(c, now));
  const first = ok[0];
  if (!first) return null;
  if (first.hasTime && first.hasZone) return first;
  const day = first.iso.slice(0, 10);
  const better = ok.find((c) => c.hasTime && c.iso.slice(0, 10) === day && (c.hasZone || !first.hasTime));
  return better ?? first;
}

/** How carefully a name is written: capitals and word breaks ("The Northern Courier" > "the northern courier"). */
function formatting(name: string): number {
  return (name.match(/\p{Lu}/gu)?.length ?? 0) + (name.match(/\s/g)?.length ?? 0);
}

const GENERIC_LOGO = /^(?:logo|home|homepage|main|메인|홈|로고|ロゴ|ホーム|首页|首頁|主页)$/i;

/** The site's name from a logo image: the alt text of a logo image, without the word "logo". */
function logoName(doc: Document): string | null {
  for (const img of doc.querySelectorAll('[class*="logo" i] img[alt], img[class*="logo" i][alt], [id*="logo" i] img[alt]')) {
    const alt = collapseSpace((img.getAttribute('alt') ?? '').replace(/\s*(?:logo|로고|ロゴ)$/i, ''));
    if (alt && alt.length <= 40 && !GENERIC_LOGO.test(alt)) return alt;
  }
  return null;
}

/**
 * The site's name: the first declared source (og:site_name, JSON-LD publisher, application-name,
 * Dublin Core…), written the most carefully among sources that agree with it; else a logo's alt text.
 */
function siteNameFrom(doc: Document, meta: Map<string, string[]>, ldPublisher: string | null, plain: (raw: string) => string): string | null {
  const declared = [
    ...allMeta(meta, 'og:site_name', 'og:sitename'),
    ...(ldPublisher ? [ldPublisher] : []),
    ...allMeta(meta, 'application-name', 'apple-mobile-web-app-title', 'dc.publisher', 'citation_publisher', 'citation_journal_title', 'al:android:app_name', 'al:iphone:app_name'),
  ].map(plain).filter((n) => n.length > 0 && n.length <= 80 && !isUiText(n));
  const first = declared[0];
  if (first) {
    const key = (n: string): string => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const same = declared.filter((n) => key(n) === key(first));
    return same.reduce((best, n) => (formatting(n) > formatting(best) ? n : best), first);
  }
  return logoName(doc);
}

/** Reads title, authors, dates, site, language, canonical URL, excerpt, image and keywords from a page. */
export function extractMetadata(doc: Document, pageUrl: string, now: number = Date.now(), index: PageIndex = indexPage(doc)): PageMetadata {
  const meta = readMetaTags(doc);
  const ldTexts = jsonLdTexts(doc);
  const ld = readJsonLd(doc, ldTexts);
  const article = ld[0];
  const plain = plainTextFor(doc);
  const plainOrNull = (raw: string | null | undefined): string | null => (raw ? plain(raw) || null : null);
  const siteName = siteNameFrom(doc, meta, ld.map((a) => a.publisher).find(Boolean) ?? null, plain);
  const lang = detectLanguage(doc, meta, article?.inLanguage ?? null);
  const publishedRaw = [...ld.map((a) => a.datePublished), ...allMeta(meta, ...PUBLISHED_KEYS)];
  const modifiedRaw = [...ld.map((a) => a.dateModified), ...allMeta(meta, ...MODIFIED_KEYS)];
  // Without a hint from language or domain, the offsets the page writes on its own dates tell its zone.
  const zone = guessTimeZone(lang, pageUrl) ?? zoneFromOffsets([...publishedRaw, ...modifiedRaw].map((d) => parseDate(d, null)).filter((d) => d?.hasZone === true).map((d) => d?.offset ?? 0));

  const titles = {
    structured: [
      plainOrNull(article?.headline),
      plainOrNull(firstMeta(meta, 'og:title', 'twitter:title', 'dc.title', 'citation_title', 'headline', 'title', 'sailthru.title', 'parsely-title')),
    ],
    document: doc.querySelector('title')?.textContent,
  };
  // Unmistakable headlines (h1, itemprop) first; the wider search only when none agrees.
  const title =
    matchVisibleTitle(titles, headlineCandidates(doc, index, true), siteName) ??
    chooseTitle(titles, headlineCandidates(doc, index), siteName);


  const ldAuthors = ld.flatMap((a) => a.authors).flatMap((a) => parseByline(plain(a), siteName));
  const metaAuthors = allMeta(meta, 'author', 'article:author', 'dc.creator', 'citation_author', 'parsely-author', 'sailthru.author', 'byl', 'dable:author')
    .filter((a) => !/^https?:\/\//.test(a))
    .flatMap((a) => parseByline(citationName(plain(a)), siteName));
  // The page itself is read only when the structured sources fall short (it is the slow part).
  const named = (text: string): boolean => parseByline(text, siteName).length > 0;
  const shownAuthors = ldAuthors.length ? [] : parseByline(visibleByline(doc, index, named) ?? headlineByline(doc, index), siteName);
  const authors = ldAuthors.length
    ? ldAuthors
    : shownAuthors.length
      ? shownAuthors
      : metaAuthors.length
        ? metaAuthors
        : parseByline(bodyByline(doc), siteName);

  const declaredPublished = publishedRaw.map((d) => parseDate(d, zone));
  const declaredModified = modifiedRaw.map((d) => parseDate(d, zone));
  const firstDeclared = declaredPublished.find((d) => plausible(d, now));
  const complete = firstDeclared?.hasTime === true && firstDeclared.hasZone;
  const shown = complete ? [] : visibleDates(doc, zone, index);
  const published = pickDate(
    [
      ...declaredPublished,
      ...shown.filter((d) => d.kind === 'published').map((d) => d.date),
      ...shown.filter((d) => d.kind === 'unlabelled').map((d) => d.date),
    ],
    now,
  );
  const modified = pickDate([...declaredModified, ...shown.filter((d) => d.kind === 'updated').map((d) => d.date)], now);

  const image = firstMeta(meta, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src', 'thumbnailurl') ?? ld.map((a) => a.image).find(Boolean) ?? doc.querySelector('link[rel="image_src"]')?.getAttribute('href') ?? null;
  const excerpt = plainOrNull(firstMeta(meta, 'og:description', 'description', 'twitter:description', 'dc.description') ?? ld.map((a) => a.description).find(Boolean) ?? null);
  const keywords = [
    // Decoded before splitting: "&amp;" holds a semicolon.
    ...allMeta(meta, 'news_keywords', 'keywords', 'article:tag', 'parsely-tags').flatMap((k) => plain(k).split(/\s*[,;，、]\s*/)),
    ...ld.flatMap((a) => a.keywords).map(plain),
  ]
    .filter((k) => k.length > 0 && k.length < 60);

  return {
    title,
    authors: [...new Set(authors)],
    published: published ? localizeDate(published, zone).iso : null,
    modified: modified ? localizeDate(modified, zone).iso : null,
    siteName,
    lang,
    canonicalUrl: canonicalUrl(doc, pageUrl),
    excerpt: excerpt ? collapseSpace(excerpt) : null,
    leadImage: absoluteUrl(image, pageUrl),
    keywords: [...new Set(keywords)].slice(0, 30),
    timeZone: zone,
    declaredArticle: /article/i.test(firstMeta(meta, 'og:type') ?? '') || ldTexts.some((t) => ARTICLE_LD_TYPE.test(t)),
  };
}
