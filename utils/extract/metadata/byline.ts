import { collapseSpace } from '../text';

// Bylines arrive as "By Jane Doe and John Roe", "홍길동 기자 hong@x.co.kr", "(서울=연합뉴스) 홍길동 기자",
// "本报记者 张三 李四", "山田太郎記者", "Von Max Muster", "Par Jean Dupont". We keep only the names.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URLISH = /https?:\/\/\S+|www\.\S+/g;
/** Words that introduce a byline in the languages we clip. */
const LEAD = /^(?:(?:written|reported|text|words|story|photos?|edited)\s+by|by|von|par|por|door|di|da|text|texte|autor(?:in)?|auteur|author|reporter|journalist|글·?사진|글|사진|문|취재|작성자|기자|著者|文|撰文|作者|记者|記者|本报记者|本報記者|本报讯|特约记者|通讯员)\s*[:：|]?\s*/iu;
/** Job titles that follow (or precede) a name. */
const ROLE = /\s*(?:선임기자|수석기자|객원기자|인턴기자|수습기자|전문기자|편집위원|논설위원|기자단|특파원|칼럼니스트|통신원|기자|記者|记者|特派員|特派员|編集委員|論説委員|通讯员|通訊員|撰稿人|staff\s+writers?|staff\s+reporters?|senior\s+\w+\s+(?:reporter|writer|correspondent)|\w*\s*correspondent|reporter|editor|redakteur(?:in)?|journaliste|rédacteur|rédactrice|envoyée?\s+spéciale?)\b\.?/giu;
/** Bracketed datelines like "(서울=연합뉴스)", "[구리=뉴시스]", "【北京=共同】". */
const DATELINE = /[([【〔][^)\]】〕]{0,30}(?:=|＝)[^)\]】〕]{0,30}[)\]】〕]/gu;
/** Editor credits are not authors. */
const EDITOR = /责任编辑|責任編輯|编辑[:：]|編輯[:：]|校对|審校|审校|편집[:：]|데스크/u;

function cleanName(raw: string): string {
  let name = raw.replace(ROLE, ' ');
  name = collapseSpace(name.replace(LEAD, ''));
  name = name.replace(/^[\s\-–—=:|·•,]+|[\s\-–—=:|·•,]+$/gu, '');
  return collapseSpace(name);
}

function plausibleName(name: string, siteName: string | null): boolean {
  if (!name || name.length > 60) return false;
  if (!/\p{L}/u.test(name)) return false;
  if (/\d{3,}/.test(name)) return false;
  if (siteName && name.toLowerCase() === siteName.toLowerCase()) return false;
  // A sentence is not a name: too many words, or sentence punctuation.
  if (name.split(/\s+/).length > 5) return false;
  if (/[.!?。！？]$/.test(name) && !/\b[A-Z]\.$/.test(name)) return false;
  return true;
}

/**
 * Splits a raw byline into author names: drops "By"/"기자"/"記者"/"Von"/"Par", e-mails, datelines
 * and the outlet's own name; returns [] for editor credits.
 */
export function parseByline(raw: string | null | undefined, siteName: string | null = null): string[] {
  if (!raw) return [];
  let text = collapseSpace(raw.replace(EMAIL, ' ').replace(URLISH, ' ').replace(DATELINE, ' '));
  if (!text || EDITOR.test(text)) return [];
  // Anything after a dateline separator ("홍길동 기자 = 서울시는...") is article text.
  text = text.replace(/\s[=＝]\s.*$/u, '');
  text = text.replace(/\s*[|｜]\s*(?:updated|aktualisiert|mis à jour|published|posted).*$/iu, '');
  const parts = text
    .split(/\s*(?:,|，|、|\/|&|;|·|\band\b|\bund\b|\bet\b|\by\b|및|与|和|・)\s*/iu)
    .map(cleanName)
    .filter((n) => plausibleName(n, siteName));
  // Chinese/Korean bylines often list several names separated only by spaces ("记者 张三 李四").
  const expanded = parts.flatMap((p) =>
    /^[\p{Script=Han}\p{Script=Hangul}]{2,4}(?:\s+[\p{Script=Han}\p{Script=Hangul}]{2,4})+$/u.test(p) ? p.split(/\s+/) : [p],
  );
  return [...new Set(expanded)];
}
