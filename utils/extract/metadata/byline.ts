import { collapseSpace } from '../text';
import { isUiText } from './ui-text';

// Bylines arrive as "By Jane Doe and John Roe", "홍길동 기자 hong@x.co.kr", "(서울=연합뉴스) 홍길동 기자",
// "本报记者 张三 李四", "浦江新闻记者 陈晓雨", "山田太郎記者", "Von Max Muster, BR", "Par Jean Dupont",
// "Vance, Eleanor" (citation order). We keep only the people's names.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URLISH = /https?:\/\/\S+|www\.\S+/g;
/**
 * Words that introduce a byline in the languages we clip. Words written with spaces ("da", "par",
 * "문", "글") count only as a whole word: "Dana …" keeps its "Da", "문재인 기자" its surname. Chinese and
 * Japanese leads ("记者张三", "文/王小明") need no separator.
 */
const LEAD =
  /^(?:(?:(?:written|reported|text|words|story|edited)\s+by|by|von|par|por|di|da|door|texte?|autor(?:in)?|auteur|author|reporter|journalist|글·?사진|글|문|취재|작성자|기자)(?:\s*[:：|/／]\s*|\s+(?=\S))|(?:著者|文|撰文|作者|记者|記者|本报记者|本報記者|本报讯|特约记者|通讯员|[\p{Script=Han}]{2,10}(?:记者|記者)(?=[\s:：]))\s*[:：|/／]?\s*)/iu;
/** Role words after (or around) a name; followed by a boundary that also works for CJK. */
const ROLE =
  /\s*(?:선임기자|수석기자|객원기자|인턴기자|수습기자|전문기자|편집위원|논설위원|기자단|특파원|칼럼니스트|통신원|기자|記者|记者|特派員|特派员|編集委員|論説委員|通讯员|通訊員|撰稿人|staff\s+writers?|staff\s+reporters?|senior\s+[a-z]+\s+(?:reporter|writer|correspondent|editor)|[a-z]+\s+correspondent|correspondent|reporter|contributing\s+writer|contributor|redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|envoyée?\s+spéciale?)(?=$|[\s,.;:)\]·/|])/giu;
/** Korean job titles that follow a name ("서혜원 도서관운동가", "김철수 서울대 교수"). */
const KOREAN_TITLE =
  /(?:기자|특파원|위원|위원장|운동가|활동가|교수|연구원|연구위원|대표|작가|칼럼니스트|변호사|의사|평론가|소장|원장|회장|이사|박사|편집장|에디터|앵커|통신원|시인|소설가|전문가|객원|논설|부장|차장|국장|팀장|PD)$/u;
/** Bracketed datelines like "(서울=연합뉴스)", "[구리=뉴시스]", "【北京=共同】". */
const DATELINE = /[([【〔][^)\]】〕]{0,30}(?:=|＝)[^)\]】〕]{0,30}[)\]】〕]/gu;
/** Editor credits are not authors. */
const EDITOR = /责任编辑|責任編輯|编辑[:：]|編輯[:：]|校对|審校|审校|편집[:：]|데스크/u;
/** News agencies and outlets that appear in bylines but are not people. */
const AGENCY =
  /^(?:reuters|associated press|ap|afp|agence france-presse|dpa|epd|kna|sid|ansa|efe|bloomberg|upi|pa|pa media|staff|wire services?|cnn wire|연합뉴스|뉴시스|뉴스1|共同通信|時事通信|新华社|中新社|新華社)$/iu;
/** Photo and illustration credits inside bylines. */
const CREDIT = /\s*(?:photo(?:graph)?s?|illustrations?|images?|video|fotos?|bilder?|사진|그래픽|写真|图片)\s+(?:by|von|de|par)\b.*$/iu;

function cleanName(raw: string): string {
  let name = collapseSpace(raw.replace(CREDIT, '')).replace(LEAD, '');
  name = collapseSpace(name.replace(ROLE, ' '));
  name = name.replace(/^[\s\-–—=:|·•,()（）]+|[\s\-–—=:|·•,()（）]+$/gu, '');
  name = collapseSpace(name);
  // Korean: "이름 직함" → "이름".
  const tokens = name.split(' ');
  if (tokens.length > 1 && /^[\p{Script=Hangul}]{2,4}$/u.test(tokens[0] ?? '') && tokens.slice(1).every((t) => KOREAN_TITLE.test(t) || /^[\p{Script=Hangul}]+(?:대|원|청|처|부|사)$/u.test(t))) {
    name = tokens[0] ?? name;
  }
  return name;
}

/** The outlet itself or a part of its name ("한누리" of "한누리 뉴스"): a press credit, not a person. */
function isOutletName(name: string, siteName: string): boolean {
  const key = (t: string): string => t.toLowerCase().replace(/\s+/g, '');
  if (key(name) === key(siteName)) return true;
  const siteWords = siteName.toLowerCase().split(/\s+/);
  const words = name.toLowerCase().split(/\s+/);
  return siteWords.length > 1 && words.length < siteWords.length && words.every((w) => siteWords.includes(w));
}

function plausibleName(name: string, siteName: string | null): boolean {
  if (!name || name.length > 60) return false;
  if (!/\p{L}/u.test(name)) return false;
  if (/\d{3,}/.test(name)) return false;
  if (AGENCY.test(name)) return false;
  // An acronym ("BR", "AFP") is an organisation, not a person.
  if (/^[A-Z]{1,5}$/.test(name)) return false;
  if (siteName && isOutletName(name, siteName)) return false;
  if (isUiText(name)) return false;
  // A sentence is not a name: too many words, or sentence punctuation.
  if (name.split(/\s+/).length > 5) return false;
  if (/[.!?。！？]$/.test(name) && !/\b[A-Z]\.$/.test(name)) return false;
  return true;
}

/** "Vance, Eleanor" (citation order) → "Eleanor Vance"; other strings unchanged. */
export function citationName(raw: string): string {
  const m = /^\s*([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?),\s*([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*)*)\s*$/u.exec(raw);
  return m ? `${m[2]} ${m[1]}` : raw;
}

/**
 * Splits a raw byline into author names: drops "By"/"기자"/"記者"/"Von"/"Par", e-mails, datelines,
 * roles, agencies and the outlet's own name; returns [] for editor credits.
 */
export function parseByline(raw: string | null | undefined, siteName: string | null = null): string[] {
  if (!raw) return [];
  let text = collapseSpace(raw.replace(EMAIL, ' ').replace(URLISH, ' ').replace(DATELINE, ' ').replace(/[(（]\s*[)）]/g, ' '));
  if (!text || EDITOR.test(text)) return [];
  // Anything after a dateline separator ("홍길동 기자 = 서울시는...") is article text.
  text = text.replace(/\s[=＝]\s.*$/u, '');
  text = text.replace(/\s*[|｜]\s*(?:updated|aktualisiert|mis à jour|published|posted).*$/iu, '');
  text = text.replace(CREDIT, '').replace(LEAD, '');
  const parts = text
    .split(/\s*(?:,|，|、|\/|／|\||｜|&|;|·|\band\b|\bund\b|\bet\b|\by\b|\be\b|및|与|和|・)\s*/iu)
    .map(cleanName)
    .filter((n) => plausibleName(n, siteName));
  // Chinese/Korean bylines often list several names separated only by spaces ("记者 张三 李四").
  const expanded = parts.flatMap((p) =>
    /^[\p{Script=Han}\p{Script=Hangul}]{2,4}(?:\s+[\p{Script=Han}\p{Script=Hangul}]{2,4})+$/u.test(p) ? p.split(/\s+/) : [p],
  );
  return [...new Set(expanded.filter((n) => plausibleName(n, siteName)))];
}
