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

/** Script classes of a character: bit 1 letter, 2 Hangul, 4 kana, 8 Han; 16 marks "classified". */
const scriptClasses = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (
    16 |
    (/\p{L}/u.test(ch) ? 1 : 0) |
    (/\p{Script=Hangul}/u.test(ch) ? 2 : 0) |
    (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch) ? 4 : 0) |
    (/\p{Script=Han}/u.test(ch) ? 8 : 0)
  );
}

/** Guesses a language from the script of a text sample: only CJK scripts are unambiguous enough. */
export function languageFromScript(sample: string): string | null {
  // One pass with a per-character table (each character's classes are worked out once per session):
  // four Unicode-property regexes over the whole sample cost more than the rest of the metadata.
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    let cls: number;
    if (code < 128) {
      cls = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length) {
      // A character outside the BMP (rare Han extensions): classified directly.
      cls = classify(sample.slice(i, i + 2));
      i++;
    } else {
      cls = scriptClasses[code] ?? 0;
      if (!cls) {
        cls = classify(sample[i] ?? '');
        scriptClasses[code] = cls;
      }
    }
    letters += cls & 1;
    hangul += (cls >> 1) & 1;
    kana += (cls >> 2) & 1;
    han += (cls >> 3) & 1;
  }
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
