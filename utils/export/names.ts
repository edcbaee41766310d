import { parse as parseWesternName } from '@citation-js/name';

/** A CSL-JSON name: split into family/given when we can tell, else one `literal`. */
export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  literal?: string;
}

const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN = /\p{Script=Latin}/u;

// Two-syllable Korean surnames; every other Korean surname is one syllable.
const KO_COMPOUND_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방', '어금', '망절', '장곡']);
// Two-character Chinese surnames.
const ZH_COMPOUND_SURNAMES = new Set(['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '令狐', '慕容', '尉迟', '尉遲', '夏侯', '公孙', '公孫', '司徒', '长孙', '長孫', '宇文', '轩辕', '軒轅', '端木', '南宫', '南宮']);
// Bylines that are newsrooms or agencies, not people: keep them whole.
const ORGANIZATION = /(뉴스|일보|신문|통신|방송|편집부|편집국|취재팀|기자단|닷컴|新聞|通信|日报|日報|新闻|新聞社|編集部)$|\b(news|press|staff|editorial|editors|desk|agency|reuters|afp|associated press|bureau|team|newsroom|correspondents?)\b/iu;
const SUFFIX = /,?\s+(Jr\.?|Sr\.?|II|III|IV)$/u;

function familyFirst(name: string, familyLength: number): CslName {
  const chars = [...name];
  return { family: chars.slice(0, familyLength).join(''), given: chars.slice(familyLength).join('') };
}

/** A Korean name: "김민지" → 김 + 민지, "남궁민" → 남궁 + 민, "김 민지" split at the space. */
function koreanName(name: string): CslName {
  const parts = name.split(' ');
  if (parts.length === 2 && parts[0] && parts[1]) return { family: parts[0], given: parts[1] };
  const length = [...name].length;
  if (parts.length > 1 || length < 2 || length > 4) return { literal: name };
  const compound = KO_COMPOUND_SURNAMES.has([...name].slice(0, 2).join(''));
  if (compound && length >= 3) return familyFirst(name, 2);
  // Four syllables without a known two-syllable surname is more often a brand than a person.
  return length <= 3 ? familyFirst(name, 1) : { literal: name };
}

/** A Chinese or Japanese name in Han/kana; Japanese names without a space can't be split reliably. */
function hanName(name: string, lang: string | null): CslName {
  const parts = name.split(' ');
  if (parts.length === 2 && parts[0] && parts[1]) return { family: parts[0], given: parts[1] };
  const japanese = KANA.test(name) || (lang ?? '').toLowerCase().startsWith('ja');
  const length = [...name].length;
  if (japanese || parts.length > 1 || length < 2 || length > 4) return { literal: name };
  if (ZH_COMPOUND_SURNAMES.has([...name].slice(0, 2).join('')) && length >= 3) return familyFirst(name, 2);
  return length <= 3 ? familyFirst(name, 1) : { literal: name };
}

/** A Western-order name ("Ludwig van Beethoven", "Doe, Jane", "Martin Luther King Jr.") via citation-js. */
function westernName(name: string): CslName {
  const suffix = SUFFIX.exec(name)?.[1];
  const bare = suffix ? name.replace(SUFFIX, '') : name;
  if (!bare.includes(' ') && !bare.includes(',')) return { literal: name };
  const parsed = parseWesternName(bare);
  if (!parsed.family) return { literal: name };
  const out: CslName = { family: parsed.family };
  if (parsed.given) out.given = parsed.given;
  if (parsed['non-dropping-particle']) out['non-dropping-particle'] = parsed['non-dropping-particle'];
  if (parsed['dropping-particle']) out['dropping-particle'] = parsed['dropping-particle'];
  if (suffix) out.suffix = suffix;
  return out;
}

/**
 * Split one author name into CSL parts. Korean and Chinese names are family-first (김민지 → 김, 민지);
 * organizations, mononyms and names we can't split safely stay whole as `literal`, which every
 * citation style prints verbatim — better than a wrong split.
 */
export function splitAuthorName(raw: string, lang: string | null = null): CslName | null {
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!name) return null;
  if (ORGANIZATION.test(name)) return { literal: name };
  if (HANGUL.test(name) && !LATIN.test(name)) return koreanName(name);
  if ((HAN.test(name) || KANA.test(name)) && !LATIN.test(name)) return hanName(name, lang);
  return westernName(name);
}
