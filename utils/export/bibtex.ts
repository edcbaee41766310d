import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Clip } from '../db/clip';
import { clipsToCslItems, type CslItem } from './csl';
import type { CslName } from './names';
import type { RenderOptions } from './template';

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Escape LaTeX's special characters; everything else (Hangul, emoji, accents) stays as UTF-8. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}$&%#_^~<>]/g, (char) => LATEX_SPECIALS[char] ?? char);
}

function escapeName(name: CslName): CslName {
  const out: CslName = {};
  for (const [key, value] of Object.entries(name)) {
    if (typeof value === 'string') Object.assign(out, { [key]: escapeLatex(value) });
  }
  return out;
}

function escapeItem(item: CslItem): CslItem {
  const out: CslItem = { ...item, title: escapeLatex(item.title) };
  if (item.author) out.author = item.author.map(escapeName);
  if (item['container-title']) out['container-title'] = escapeLatex(item['container-title']);
  if (item.abstract) out.abstract = escapeLatex(item.abstract);
  if (item.keyword) out.keyword = escapeLatex(item.keyword);
  return out;
}

/** BibTeX flavours: classic `bibtex` (@article/@misc) or `biblatex` (@online, urldate, language). */
export type BibDialect = 'bibtex' | 'biblatex';

/**
 * BibTeX for clips, written by citation-js. Its ASCII mode deletes every character it has no LaTeX
 * command for (all Korean text), so Gleaner turns that off and escapes LaTeX specials itself:
 * the output is UTF-8 BibTeX, which biber, JabRef and Zotero read.
 */
export function clipsToBibtex(clips: readonly Clip[], dialect: BibDialect = 'bibtex', options: RenderOptions = {}): string {
  const items = clipsToCslItems(clips, options).map(escapeItem);
  const config = plugins.config.get('@bibtex').format;
  const previous = config.asciiOnly;
  config.asciiOnly = false;
  try {
    return new Cite(items).format(dialect).replace(/\n+$/, '\n');
  } finally {
    config.asciiOnly = previous;
  }
}
