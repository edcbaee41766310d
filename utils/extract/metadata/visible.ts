import { collapseSpace } from '../text';
import { indexPage, type PageIndex } from '../page-index';
import { parseDate, type ParsedDate } from './parse-date';
import { isElement } from '../dom-guards';

// When a page has no structured metadata, the reader still sees a headline, a byline and a date
// near the top of the story. These helpers find them by structure (class/id/itemprop/rel patterns)
// and by the labels sites print in front of them (입력/등록/승인/수정, 公開/更新, Published/Updated…).

/** Class/id patterns of byline and date elements (see page-index.ts for why not selectors). */
const BYLINE_NAME = /byline|author|writer|reporter|journalist|kiza|gija/;
const DATE_CLASS = /date|time|publish|posted/i;
/** Info/meta rows ("view_info", "article-meta") count only when small: they often wrap the date line. */
const INFO_CLASS = /info|meta/i;

/** Elements that may carry the publication date, in document order. */
function dateCandidates(doc: Document, index: PageIndex): Element[] {
  // One pass over the indexed elements keeps document order (earlier, header dates come first).
  const named = index.named
    .filter((n) => DATE_CLASS.test(n.rawClass) || /date/i.test(n.rawId) || (INFO_CLASS.test(n.rawClass) && !n.el.querySelector('div')))
    .map((n) => n.el);
  const seen = new Set(named);
  const extra = [...doc.getElementsByTagName('time'), ...index.itemprop('datePublished'), ...index.itemprop('dateCreated')].filter((el) => !seen.has(el));
  if (!extra.length) return named;
  return [...named, ...new Set(extra)].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Labels that mark the first-publication time. */
const PUBLISHED_LABEL =
  /(입력|등록|작성|게재|발행|송고|기사입력|최초\s*입력|published|posted|first published|publié|publie|veröffentlicht|erschienen|erstellt|公開|公开|配信|掲載|投稿|发布|發布|发表|發表|发稿|時間|时间|日期)/iu;
/** Labels that mark an update; such dates are never the publication time. */
const UPDATED_LABEL =
  /(수정|업데이트|최종\s*수정|승인|updated|update|modified|last\s+modified|aktualisiert|geändert|mis à jour|modifié|更新|修改|最終更新|最后更新)/iu;

/** A date seen on the page, with the label printed before it. */
export interface VisibleDate {
  date: ParsedDate;
  kind: 'published' | 'updated' | 'unlabelled';
}

const BOILERPLATE_NAME = /footer|rank|related|popular/i;

/** Inside a footer, navigation, sidebar, ranking/related list, or a list link (teasers). */
function isInBoilerplate(el: Element): boolean {
  let inLink = false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.nodeName;
    if (tag === 'A') inLink = true;
    if ((tag === 'LI' && inLink) || tag === 'FOOTER' || tag === 'NAV' || tag === 'ASIDE') return true;
    if (node.getAttribute('role') === 'contentinfo') return true;
    const cls = node.getAttribute('class');
    if ((cls && BOILERPLATE_NAME.test(cls)) || (node.id && /footer/i.test(node.id))) return true;
  }
  return false;
}

/** Splits text into labelled date chunks: "입력 2024.08.13 15:12 수정 2024.08.14 09:00" → two. */
function datesInText(text: string, zone: string | null): VisibleDate[] {
  const out: VisibleDate[] = [];
  const chunks = text.split(/(?=(?:입력|등록|작성|게재|발행|송고|수정|업데이트|승인|published|posted|updated|modified|publié|mis à jour|veröffentlicht|aktualisiert|公開|更新|配信|发布|發布|修改)\s*[:：]?\s*)/iu);
  for (const chunk of chunks) {
    const date = parseDate(chunk, zone);
    if (!date) continue;
    const head = chunk.slice(0, 24);
    const kind = UPDATED_LABEL.test(head) ? 'updated' : PUBLISHED_LABEL.test(head) ? 'published' : 'unlabelled';
    out.push({ date, kind });
  }
  return out;
}

/** Dates printed in the page's header area, in document order, labelled published/updated. */
export function visibleDates(doc: Document, zone: string | null, index: PageIndex = indexPage(doc)): VisibleDate[] {
  const seen = new Set<Element>();
  const out: VisibleDate[] = [];
  for (const el of dateCandidates(doc, index)) {
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
    // Cheap tests first: big containers and digit-free text cannot be a date line.
    if (!attr && el.childElementCount > 12) continue;
    const raw = el.textContent ?? '';
    if (!attr && (raw.length > 600 || !/\d/.test(raw))) continue;
    const text = collapseSpace(raw);
    if (text.length > 200 && !attr) continue;
    if (isInBoilerplate(el)) continue;
    // Only the innermost element carrying a date: parents repeat their children's text.
    if ([...seen].some((s) => el.contains(s))) continue;
    const fromText = datesInText(text, zone);
    if (attr) {
      const date = parseDate(attr, zone);
      if (date) {
        const label = fromText[0]?.kind ?? (UPDATED_LABEL.test(el.className) || /modified/i.test(el.getAttribute('itemprop') ?? '') ? 'updated' : 'unlabelled');
        out.push({ date, kind: label });
        seen.add(el);
        continue;
      }
    }
    if (fromText.length) {
      out.push(...fromText);
      seen.add(el);
      // A labelled publication time settles it; later dates on the page are teasers and lists.
      if (fromText.some((d) => d.kind === 'published' && d.date.hasTime)) break;
    }
  }
  return out;
}

const AUTHOR_HREF = /author|\/profile|journalist|reporter|columnist/i;

/** Byline sources from most to least specific; the first that yields text wins (later ones are looked up only when reached). */
function bylineGroups(doc: Document, index: PageIndex): [() => Element[], boolean][] {
  let itemprops: Element[] | null = null;
  const authorProps = (): Element[] => (itemprops ??= index.itemprop('author').filter((el) => !el.matches('meta, link')));
  const authorLinks = (containers: Element[]): Element[] =>
    containers.flatMap((c) => [...c.getElementsByTagName('a')].filter((a) => AUTHOR_HREF.test(a.getAttribute('href') ?? '')));
  // The flag says whether every element of the group is an author (links) or only the first.
  return [
    [() => authorProps().flatMap((el) => [...el.querySelectorAll('[itemprop~="name" i]')]), true],
    [authorProps, true],
    [() => [...doc.querySelectorAll('a[rel~="author" i]')], true],
    [() => authorLinks(index.byClass(/byline/)), true],
    [() => authorLinks(index.byClass(/author/)), true],
    [() => index.byName(BYLINE_NAME), false],
  ];
}

/** Parts of a byline block that are not names: roles, photo credits, dates, avatars, bios. */
const NOT_NAME = /(?:^|[\s_-])(?:role|title|job|position|desc|description|bio|photo|credit|date|time|avatar|img|image|follow|social|twitter|email|mail)(?:$|[\s_-])/i;

/** Text of an element with spaces at element boundaries, skipping role/credit/date children. */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (isElement(child)) {
        const element = child;
        if (element.matches('time, script, style, img, svg, button') || NOT_NAME.test(element.getAttribute('class') ?? '')) continue;
        parts.push(' ');
        walk(element);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return collapseSpace(parts.join(''));
}

/**
 * The raw text of the most specific plausible byline on the page, or null. `accept` vets each text
 * (a byline area holding only "입력 … 기사원문" is passed over for the reporter box that follows).
 */
export function visibleByline(doc: Document, index: PageIndex = indexPage(doc), accept: (text: string) => boolean = () => true): string | null {
  for (const [group, all] of bylineGroups(doc, index)) {
    const texts: string[] = [];
    for (const el of group()) {
      if (el.matches('meta, link') || el.childElementCount > 12 || (el.textContent ?? '').length > 400) continue;
      const text = spacedText(el);
      if (!text || text.length > 120) continue;
      if (isInBoilerplate(el) || el.closest('[class*="comment" i], [class*="related" i], [class*="recommend" i]')) continue;
      if (!accept(text)) continue;
      if (!texts.includes(text)) texts.push(text);
      // Several author links in one byline are all authors; other groups stop at the first.
      if (!all) break;
    }
    if (texts.length) return texts.join(', ');
  }
  return null;
}

/** The paragraphs of the page's main text block (the parent holding the longest paragraph). */
function storyParagraphs(doc: Document): Element[] {
  let longest: Element | null = null;
  let max = 0;
  for (const p of doc.querySelectorAll('p')) {
    const n = (p.textContent ?? '').length;
    if (n > max) {
      max = n;
      longest = p;
    }
  }
  const container = longest?.parentElement;
  if (!container) return [];
  return [...container.querySelectorAll('p')].filter((p) => collapseSpace(p.textContent ?? '').length > 0);
}

/**
 * A byline written into the story text: "华夏社北京5月3日电（记者李明、张华）" or "(서울=뉴시스) 홍길동 기자 ="
 * at the start, "（報道センター　高橋亮）" or "홍길동 기자 hong@x.kr" at the end.
 */
export function bodyByline(doc: Document): string | null {
  const paragraphs = storyParagraphs(doc);
  const first = collapseSpace(paragraphs[0]?.textContent ?? '').slice(0, 200);
  const last = collapseSpace(paragraphs[paragraphs.length - 1]?.textContent ?? '').slice(-200);
  // "（本报记者 张三）", "（寶島社記者王小明、李大華台北5日電）": the place and "N日電" after the names go.
  const zhReporter = /[（(]\s*[^）)]{0,12}?(?:记者|記者)\s*([^）)]{2,30}?)\s*(?:\p{Script=Han}{2}\d{1,2}日[电電])?[）)]/u.exec(first);
  if (zhReporter?.[1]) return zhReporter[1];
  // "【台北15日電】記者王小明／台北報導", "文/王小明".
  const zhDateline = /^(?:【[^】]{1,12}[电電]】\s*)?(?:記者|记者)\s*[:：]?\s*([\p{Script=Han}、，,\s]{2,30}?)\s*[／/]/u.exec(first);
  if (zhDateline?.[1]) return zhDateline[1];
  const zhWriter = /^文\s*[/／]\s*(\p{Script=Han}{2,4})(?=[\s，,]|$)/u.exec(first);
  if (zhWriter?.[1]) return zhWriter[1];
  const zhTail = /[（(]\s*(?:記者|记者)\s*([^）)]{2,30})[）)]\s*$/u.exec(last);
  if (zhTail?.[1]) return zhTail[1];
  const koLead = /^[\s\S]{0,40}?[\])]\s*([\p{Script=Hangul}]{2,4}(?:[·,]\s?[\p{Script=Hangul}]{2,4})*)\s?(?:선임|수석|객원|인턴|수습|전문)?기자\s*[=＝]/u.exec(first);
  if (koLead?.[1]) return koLead[1];
  const jaTail = /[（(]([^（）()]{1,20}?)[\s\u3000・]+([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,7})[）)]\s*$/u.exec(last);
  if (jaTail?.[2] && /(?:センター|部|局|室|班|報道|記者|総局|支局|編集)$/u.test(jaTail[1] ?? '')) return jaTail[2];
  return signatureByline(last);
}

/** Korean-style "홍길동 기자" signatures inside the body text (last resort for bylines). */
export function signatureByline(text: string): string | null {
  // One or more "홍길동 기자 (hong@x.kr)" at the very end; all of them are kept, in order.
  const one = String.raw`[\p{Script=Hangul}]{2,4}\s?(?:선임|수석|객원|인턴|수습|전문)?(?:기자|특파원)\s*(?:[(（]?\s*[\w.+-]+@[\w.-]+\s*[)）]?)?`;
  const m = new RegExp(String.raw`(?:^|[^\p{Script=Hangul}])((?:${one}\s*[,·]?\s*)+)$`, 'u').exec(text.slice(-200));
  if (!m?.[1]) return null;
  const names = [...m[1].matchAll(/([\p{Script=Hangul}]{2,4})\s?(?:선임|수석|객원|인턴|수습|전문)?(?:기자|특파원)/gu)].map((n) => n[1]);
  return names.length ? names.join(', ') : null;
}
