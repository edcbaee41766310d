import { collapseSpace } from '../text';
import { parseDate, type ParsedDate } from './parse-date';

// When a page has no structured metadata, the reader still sees a headline, a byline and a date
// near the top of the story. These helpers find them by structure (class/id/itemprop/rel patterns)
// and by the labels sites print in front of them (입력/등록/승인/수정, 公開/更新, Published/Updated…).

const BYLINE_SELECTOR = [
  '[itemprop~="author" i]', '[rel~="author" i]', '[class*="byline" i]', '[id*="byline" i]',
  '[class*="author" i]', '[class*="writer" i]', '[class*="reporter" i]', '[class*="journalist" i]',
  '[data-testid*="byline" i]', '[data-component*="byline" i]', '[class*="kiza" i]', '[class*="gija" i]',
].join(',');

const DATE_SELECTOR = [
  'time', '[itemprop~="datePublished" i]', '[itemprop~="dateCreated" i]', '[class*="date" i]', '[id*="date" i]',
  '[class*="time" i]', '[class*="publish" i]', '[class*="posted" i]', '[class*="dateline" i]',
  '[class*="info" i]', '[class*="meta" i]',
].join(',');

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

function isInBoilerplate(el: Element): boolean {
  // Simple selectors only: happy-dom's closest() mishandles descendant combinators on cloned trees.
  if (el.closest('a') && el.closest('li')) return true;
  return el.closest('footer, nav, aside, [role="contentinfo"], [class*="footer" i], [id*="footer" i], [class*="rank" i], [class*="related" i], [class*="popular" i]') !== null;
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
export function visibleDates(doc: Document, zone: string | null): VisibleDate[] {
  const seen = new Set<Element>();
  const out: VisibleDate[] = [];
  for (const el of doc.querySelectorAll(DATE_SELECTOR)) {
    if (isInBoilerplate(el)) continue;
    // Only the innermost element carrying a date: parents repeat their children's text.
    if ([...seen].some((s) => el.contains(s))) continue;
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
    const text = collapseSpace(el.textContent ?? '');
    if (text.length > 200 && !attr) continue;
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
    }
  }
  return out;
}

/** The raw text of the first plausible byline element, or null. */
export function visibleByline(doc: Document): string | null {
  for (const el of doc.querySelectorAll(BYLINE_SELECTOR)) {
    if (isInBoilerplate(el) || el.closest('[class*="comment" i]')) continue;
    if (el.matches('meta, link')) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (!text || text.length > 120) continue;
    // Author boxes at the end of stories carry a bio; the name is their first line or heading.
    const named = el.querySelector('[itemprop="name"], [class*="name" i]');
    return named ? collapseSpace(named.textContent ?? '') || text : text;
  }
  return null;
}

/** Korean-style "홍길동 기자" signatures inside the body text (last resort for bylines). */
export function signatureByline(text: string): string | null {
  const m = /([\p{Script=Hangul}]{2,4})\s?(?:선임|수석|객원|인턴|수습|전문)?기자\s*(?:[\w.+-]+@[\w.-]+)?\s*$/u.exec(text.slice(-200));
  return m?.[1] ?? null;
}
