import { hasNameWord } from './dom-patterns';
import { removeAll, type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Wiki-style section headings carry an edit link in brackets ("History[edit]", "Geschichte
// [Bearbeiten | Quelltext bearbeiten]"). Other rules would drop the brackets as end marks and keep
// the link ("Historyedit"): this rule removes the whole edit section — link and brackets — from
// headings, by name (MediaWiki's `mw-editsection`) or by text.

/** Class/id words of edit-section wrappers. */
const WORDS = new Set(['editsection', 'edit-section', 'section-edit', 'editlink', 'edit-link']);
/** The text of an edit section: "edit" words in the languages we clip, optionally bracketed. */
const EDIT_TEXT = /^\[?\s*(?:edit|edit source|bearbeiten|quelltext bearbeiten|modifier|modifier le code|編集|ソースを編集|编辑|編輯|编辑源代码|편집|원본 편집|editar|modifica)(?:\s*\|\s*(?:edit source|quelltext bearbeiten|modifier le code|ソースを編集|编辑源代码|원본 편집|editar código))?\s*\]?$/iu;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** Removes edit links (with their brackets) from headings. */
export function removeEditLinks(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  ctx.beginRule(removeEditLinksRule.name, true);
  const out: Element[] = [];
  for (const heading of ctx.root.querySelectorAll(HEADINGS)) {
    for (const el of heading.querySelectorAll('span, a, small, sup')) {
      if (out.some((o) => o.contains(el))) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text || text.length > 60) continue;
      const named = hasNameWord(ctx, el, WORDS) || /(?:^|\s)mw-editsection(?:\s|$)/.test(ctx.classOf(el));
      const linkOnly = el.nodeName === 'A' || (el.querySelector('a') !== null && el.children.length <= 4);
      if ((named && EDIT_TEXT.test(text)) || (linkOnly && /^\[.*\]$/.test(text) && EDIT_TEXT.test(text))) out.push(el);
    }
  }
  return removeAll(ctx, out);
}

/** The named rule. */
export const removeEditLinksRule: PreCleanRule = { name: 'remove-edit-links', apply: (doc, ctx) => removeEditLinks(doc, ctx) };
