import type { MetaTags } from './meta-tags';
import { firstMeta } from './meta-tags';
import { textSample } from '../text';

// Declared language first (html lang, Content-Language, og:locale, JSON-LD), then the script of the
// body text, which is decisive for Korean, Japanese and Chinese pages with a wrong or missing lang.

/** Normalizes "ko_KR" / "KO-kr" to a BCP 47 tag ("ko-KR"); null for unusable values. */
export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(/[,;\s]/)[0]?.trim().replace(/_/g, '-') ?? '';
  const m = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?/i.exec(first);
  if (!m?.[1]) return null;
  const parts = [m[1].toLowerCase()];
  if (m[2]) parts.push(m[2][0]!.toUpperCase() + m[2].slice(1).toLowerCase());
  if (m[3]) parts.push(m[3].toUpperCase());
  return parts.join('-');
}

/** Guesses a language from the script of a text sample: only CJK scripts are unambiguous enough. */
export function languageFromScript(sample: string): string | null {
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return null;
  if (hangul / letters > 0.3) return 'ko';
  if (kana / letters > 0.1) return 'ja';
  if (han / letters > 0.3) return 'zh';
  return null;
}

/** The page's language: declared when consistent with its script, else inferred from the script. */
export function detectLanguage(doc: Document, meta: MetaTags, ldLanguage: string | null): string | null {
  const declared =
    normalizeLang(doc.documentElement?.getAttribute('lang')) ??
    normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    normalizeLang(firstMeta(meta, 'og:locale', 'language', 'dc.language', 'content-language', 'citation_language')) ??
    normalizeLang(ldLanguage);
  const sample = textSample(doc);
  const script = languageFromScript(sample);
  if (!declared) return script;
  const primary = declared.split('-')[0];
  // Templates often keep lang="en" on translated pages; the script is the stronger evidence for CJK.
  if (script && primary !== script && !(script === 'zh' && primary === 'ja')) return script;
  return declared;
}
