import type { Clip } from '../db/clip';
import type { Highlight } from '../highlights/types';
import { textFragmentUrl } from './text-fragment';

/** Highlights of the clips being exported, by clip id (reading order within a clip). */
export type HighlightLookup = ReadonlyMap<number, readonly Highlight[]>;

/** How a template puts highlights into a clip's Markdown: a `## Highlights` section, or `==marks==` in the text. */
export const HIGHLIGHT_STYLES = ['section', 'inline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** A quote as a Markdown block quote (every line prefixed, so a line break cannot end it). */
function blockQuote(text: string): string {
  return text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');
}

/** One highlight in Markdown: the quote, the note below it, then its colour tag and a link back. */
export function highlightMarkdown(highlight: Highlight, clip: Pick<Clip, 'url' | 'canonicalUrl'>): string {
  const link = textFragmentUrl(clip.canonicalUrl || clip.url, highlight.quote.exact);
  const tags = [`#highlight/${highlight.color}`, ...(highlight.orphaned ? ['#highlight/orphaned'] : [])].join(' ');
  const parts = [blockQuote(highlight.quote.exact)];
  if (highlight.note.trim()) parts.push(highlight.note.trim());
  parts.push(link ? `${tags} · [source](<${link}>)` : tags);
  return parts.join('\n\n');
}

/** The `## Highlights` section of a clip's Markdown, or '' when it has none. */
export function highlightsSection(highlights: readonly Highlight[], clip: Pick<Clip, 'url' | 'canonicalUrl'>): string {
  if (highlights.length === 0) return '';
  return `## Highlights\n\n${highlights.map((h) => highlightMarkdown(h, clip)).join('\n\n')}\n`;
}

/**
 * Mark highlights in the clip's Markdown as `==text==` (Obsidian's highlight syntax), each at its
 * first occurrence after the previous one. Returns the Markdown and the highlights it could not
 * place (Markdown escapes or links split the quote), which still get a section.
 */
export function markInline(markdown: string, highlights: readonly Highlight[]): { markdown: string; unplaced: Highlight[] } {
  let out = '';
  let rest = markdown;
  const unplaced: Highlight[] = [];
  for (const highlight of highlights) {
    const exact = highlight.quote.exact;
    const at = highlight.orphaned || exact.includes('\n') ? -1 : rest.indexOf(exact);
    if (at === -1) {
      unplaced.push(highlight);
      continue;
    }
    out += `${rest.slice(0, at)}==${exact}==`;
    rest = rest.slice(at + exact.length);
  }
  return { markdown: out + rest, unplaced };
}

/** A clip's Markdown body with its highlights, in the template's style. */
export function bodyWithHighlights(clip: Clip, highlights: readonly Highlight[], style: HighlightStyle = 'section'): string {
  const body = clip.markdown.endsWith('\n') || clip.markdown === '' ? clip.markdown : `${clip.markdown}\n`;
  if (highlights.length === 0) return body;
  const placed = style === 'inline' ? markInline(body, highlights) : { markdown: body, unplaced: [...highlights] };
  const section = highlightsSection(placed.unplaced, clip);
  if (!section) return placed.markdown;
  return placed.markdown ? `${placed.markdown}\n${section}` : section;
}

/** Markdown link text: brackets escaped so a title cannot break the link. */
function linkText(text: string): string {
  return text.replace(/([\[\]\\])/g, '\\$1');
}

/**
 * A highlights-only Markdown document of clips (a reading digest): one `##` heading per clip that
 * has highlights, linked to the original, with its quotes and notes. Clips without any are left out.
 */
export function highlightsToMarkdown(clips: readonly Clip[], highlights: HighlightLookup, title = 'Highlights'): string {
  const sections: string[] = [];
  let count = 0;
  for (const clip of clips) {
    const list = highlights.get(clip.id) ?? [];
    if (list.length === 0) continue;
    count += list.length;
    const heading = clip.title.trim() || clip.canonicalUrl;
    const url = clip.canonicalUrl || clip.url;
    sections.push(`## [${linkText(heading)}](<${url}>)\n\n${list.map((h) => highlightMarkdown(h, clip)).join('\n\n')}\n`);
  }
  const summary = `${count} highlight${count === 1 ? '' : 's'} from ${sections.length} clip${sections.length === 1 ? '' : 's'}`;
  return `# ${title}\n\n${summary}\n\n${sections.join('\n')}`;
}
