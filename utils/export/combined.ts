import { stringify } from 'yaml';
import type { Clip } from '../db/clip';
import { bodyWithHighlights } from './highlights-markdown';
import { sortClips, type ClipOrder } from './order';
import { renderText, type RenderOptions } from './template';

/** Options for one combined document. */
export interface CombinedOptions extends RenderOptions {
  /** Document title (default "Reading list"). */
  title?: string;
  order?: ClipOrder;
}

/** Push ATX headings down `levels` (capped at h6) outside fenced code, so each clip nests under its h2. */
export function demoteHeadings(markdown: string, levels: number): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch?.[1]) {
        const marker = fenceMatch[1];
        if (fence === null) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line;
      }
      if (fence !== null) return line;
      return line.replace(/^( {0,3})(#{1,6})(?=\s|$)/, (_, indent: string, hashes: string) => `${indent}${'#'.repeat(Math.min(6, hashes.length + levels))}`);
    })
    .join('\n');
}

/** Escape text for inline Markdown (titles and names must not turn into links or emphasis). */
function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function clipSection(clip: Clip, index: number, options: RenderOptions): string {
  const meta = [
    clip.siteName,
    clip.authors.join(', ') || null,
    clip.published ? renderText('{published:YYYY-MM-DD}', clip, options) : null,
  ].filter((part): part is string => Boolean(part));
  const source = clip.url ? `[Original](<${clip.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : '';
  const lines = [`## ${index + 1}. ${inline(clip.title || 'Untitled')}`, ''];
  const metaLine = [...meta.map(inline), source].filter(Boolean).join(' · ');
  if (metaLine) lines.push(`*${metaLine}*`, '');
  if (clip.tags.length > 0) lines.push(`Tags: ${clip.tags.map(inline).join(', ')}`, '');
  if (clip.note) lines.push(...clip.note.split('\n').map((line, i) => (i === 0 ? `> **Note:** ${line}` : `> ${line}`)), '');
  lines.push(demoteHeadings(bodyWithHighlights(clip, options.highlights?.get(clip.id) ?? []).trimEnd(), 2));
  return lines.join('\n');
}

/** Many clips as one Markdown document (a reading list, a report), in the chosen order. */
export function clipsToCombinedMarkdown(clips: readonly Clip[], options: CombinedOptions = {}): string {
  const title = options.title ?? 'Reading list';
  const ordered = sortClips(clips, options.order ?? 'given');
  const front = stringify({ title, clips: ordered.length }, { lineWidth: 0 });
  const sections = ordered.map((clip, index) => clipSection(clip, index, options));
  return `---\n${front}---\n\n# ${inline(title)}\n\n${sections.join('\n\n---\n\n')}\n`;
}
