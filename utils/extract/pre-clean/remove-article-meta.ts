import { parseDate } from '../metadata/parse-date';
import { hasNameWord, holdsStory, nameTokenPattern, rawBound } from './dom-patterns';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Bylines, datelines and "posted in" lines inside or above the story. Metadata is read before
// pre-clean, so the clip keeps them as fields; in the body they are noise ("By Jane Doe | Updated
// 10:43", "입력 2024.08.13 15:12", "Published: …"). Only short elements that carry a date or a
// byline marker are removed.

const WORDS = new Set([
  'byline', 'bylines', 'byl', 'author', 'authors', 'writer', 'reporter', 'dateline', 'timestamp', 'date',
  'dates', 'datetime', 'time', 'published', 'updated', 'pubdate', 'posted', 'postdate', 'meta', 'metadata',
  'info', 'infos', 'credit', 'credits', 'source', 'kicker', 'eyebrow', 'category', 'categories', 'section',
  'breadcrumb', 'breadcrumbs', 'location',
]);
const NAMES = /byline|article-?(?:meta|info|header-?meta|date|author)|entry-?(?:meta|date|author)|post-?(?:meta|date|author|info)|news-?(?:info|date|writer)|view-?(?:info|date|writer)|writer|reporter|date-?line|publish|read-?time|reading-?time/;
/** Words that mark a byline or a date label in the languages we clip. */
const MARKER =
  /^(?:by|von|par|por|di|door)\s|(?:^|\s)(?:published|updated|posted|modified|last updated|first published)\b|(?:기자|특파원|입력|등록|수정|승인|발행|송고|업데이트)|(?:記者|配信|公開|更新|投稿)|(?:记者|编辑|发布|来源|作者|時間|时间)|(?:veröffentlicht|aktualisiert|publié|mis à jour|publicado por|publicada por|pubblicato)|\bread(?:ing)? time\b|\bmin read\b/iu;

/** Header cells of a meta table: department, contact, author, dates, views. */
const META_TABLE_LABEL =
  /^(?:담당\s*부서|담당자|부서|연락처|전화|작성자|작성일|등록일|보도일시?|조회수?|출처|첨부|author|date|published|updated|views?|contact|department|source|作成日|担当|閲覧数|作者|日期|发布时间|来源|浏览|阅读)/iu;

/** A line opening with a publication label in the languages we clip ("First Published:", "Publicado por"). */
const DATED_LABEL =
  /^(?:\d[\d/.\-]*\s*[-–|]\s*)?(?:(?:first |last )?(?:published|updated|posted|modified)|publicado|publicada|pubblicato|aggiornato|publié|mis à jour|veröffentlicht|aktualisiert|입력|등록|수정|승인|公開|更新|配信|发布|發布|更新时间|发布时间)/iu;

/** A day/month/year written with slashes: which part is the day is unknown, but it is a date. */
const SLASH_DATE = /(?:^|[^\d/])\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![\d/])/;

/** A weekday opening a dateline ("Monday, …", "segunda-feira, 22 de janeiro…", "martedì 6 marzo…"). */
const WEEKDAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|(?:lune|marte|mercole|giove|vener)dì|domenica|(?:maan|dins|woens|donder|vrij|zater|zon)dag)(?!\p{L})/iu;

function looksLikeMeta(ctx: ScanContext, el: Element): boolean {
  if (ctx.textLength(el) > rawBound(220)) return false;
  const text = ctx.text(el);
  if (!text || text.length > 220) return false;
  if (el.querySelector('p, h1, h2, blockquote, figure, img, table, ul ul')) return false;
  if (el.querySelectorAll('p').length > 0) return false;
  return MARKER.test(text) || parseDate(text, null) !== null || el.matches('time') || el.querySelector('time') !== null;
}

/** Removes short byline/date/meta elements (e.g. `.byline`, `.article-meta`, `<time>` rows). */
export function removeArticleMeta(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  const out: Element[] = [];
  const candidates = new Set<Element>([...ctx.named, ...ctx.root.querySelectorAll('[itemprop], address, time')]);
  for (const el of candidates) {
    const itemprop = el.getAttribute('itemprop') ?? '';
    const named = hasNameWord(ctx, el, WORDS) || nameTokenPattern(NAMES).test(ctx.names(el)) || /author|datePublished|dateModified|dateline/i.test(itemprop);
    if (!named && !el.matches('address, time')) continue;
    if (el.matches('html, body, article, main, meta, link') || el.closest('table') || !ctx.attached(el)) continue;
    if (!looksLikeMeta(ctx, el) || holdsStory(ctx, el)) continue;
    out.push(el);
  }
  // Info tables of boards and press releases ("담당부서 | 연락처 | 작성일 | 조회수"): meta as a table.
  for (const table of ctx.root.querySelectorAll('table')) {
    if (table.rows.length > 6 || ctx.textLength(table) > 600) continue;
    const labels = [...table.querySelectorAll('th, caption')].map((th) => ctx.text(th));
    if (labels.filter((l) => META_TABLE_LABEL.test(l)).length >= 3) out.push(table);
  }
  // Readability turns text-only <div>s into bare <p>s, dropping their class: a short line at the
  // top of the article that carries a byline or date marker is the same meta row, unnamed.
  if (ctx.root !== doc.documentElement) {
    // Anywhere in the article: a short line that opens with a publication label and carries a date.
    for (const el of ctx.root.querySelectorAll('p, div, span, em, small')) {
      if (el.querySelector('p, div') || ctx.textLength(el) > rawBound(120)) continue;
      const text = ctx.text(el);
      if (text.length <= 120 && DATED_LABEL.test(text) && (parseDate(text, null) !== null || SLASH_DATE.test(text))) out.push(el);
      // A line that is nothing but a date ("Nov. 20, 2019 5:52 AM EST", "23 Nov 2017").
      else if (text.length <= 40 && parseDate(text, null) !== null && text.replace(/[\d\s.,:/\-|]+|\b(?:[A-Za-z]{3,9}\.?|am|pm|[A-Z]{2,4})\b/g, '').trim() === '') out.push(el);
    }
    const top = [...ctx.root.querySelectorAll('p, div, span')].filter((el) => !el.querySelector('p, div')).slice(0, 4);
    for (const el of top) {
      // Captions next to a picture mention reporters and dates too; they are not meta rows.
      if (el.closest('figure, figcaption') || el.parentElement?.querySelector('img, picture')) continue;
      const text = ctx.text(el);
      if (!text || text.length > 80 || /[.!?。]$/.test(text)) continue;
      // The marker or the date opens the line ("来源：…", "By …", "입력 2024…", "2024-05-03 18:12",
      // "Tuesday, 5 March 2019").
      if (MARKER.test(text.slice(0, 14)) || ((/^\d/.test(text) || WEEKDAY.test(text)) && parseDate(text, null) !== null)) out.push(el);
    }
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeArticleMetaRule: PreCleanRule = { name: 'remove-article-meta', apply: removeArticleMeta };
