import { CodePointIndex } from './code-points';
import { matchQuote } from './match-quote';
import { buildTextMap, segmentsOf, type TextMap } from './text-map';
import { isHighlightColor, type Highlight } from './types';

/** Which highlights were drawn and which could not be found in the text (orphans). */
export interface DrawResult {
  drawn: number[];
  orphaned: number[];
}

interface Piece {
  start: number;
  end: number;
  highlight: Highlight;
}

function markFor(doc: Document, highlight: Highlight, text: string): HTMLElement {
  const mark = doc.createElement('mark');
  const color = isHighlightColor(highlight.color) ? highlight.color : 'yellow';
  mark.className = `hl hl--${color}`;
  mark.setAttribute('data-highlight-id', String(highlight.id));
  // Text only: highlight data never becomes markup.
  mark.textContent = text;
  return mark;
}

/** Replace one text node by text and <mark> pieces; overlapping highlights show the later one. */
function wrapNode(doc: Document, node: Text, pieces: readonly Piece[]): void {
  const data = node.data;
  const cuts = [...new Set([0, data.length, ...pieces.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  const fragment = doc.createDocumentFragment();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? 0;
    if (b <= a) continue;
    const text = data.slice(a, b);
    let cover: Highlight | undefined;
    for (const p of pieces) if (p.start <= a && p.end >= b) cover = p.highlight;
    fragment.append(cover ? markFor(doc, cover, text) : doc.createTextNode(text));
  }
  node.replaceWith(fragment);
}

/**
 * Draw highlights into `root` (the caller's copy of the article: it is changed) as <mark> elements,
 * anchoring each by its quote near its stored position. `map` may be passed when already built.
 */
export function drawHighlights(doc: Document, root: Node, highlights: readonly Highlight[], map: TextMap = buildTextMap(root)): DrawResult {
  const index = new CodePointIndex(map.text);
  const byNode = new Map<Text, Piece[]>();
  const result: DrawResult = { drawn: [], orphaned: [] };
  for (const highlight of highlights) {
    const match = matchQuote(map.text, highlight.quote, index.toCodeUnit(highlight.position.start));
    if (!match) {
      result.orphaned.push(highlight.id);
      continue;
    }
    result.drawn.push(highlight.id);
    for (const segment of segmentsOf(map, match.start, match.end)) {
      const list = byNode.get(segment.node) ?? [];
      list.push({ start: segment.start, end: segment.end, highlight });
      byNode.set(segment.node, list);
    }
  }
  for (const [node, pieces] of byNode) wrapNode(doc, node, pieces);
  return result;
}

/**
 * Sanitized article HTML with highlights drawn in: parsed into a detached template of `doc`,
 * marked, serialized. `html` must already be sanitized (the reader's DOMPurify pass).
 */
export function highlightHtml(doc: Document, html: string, highlights: readonly Highlight[]): { html: string } & DrawResult {
  if (highlights.length === 0) return { html, drawn: [], orphaned: [] };
  const template = doc.createElement('template');
  template.innerHTML = html;
  const result = drawHighlights(doc, template.content, highlights);
  return { html: template.innerHTML, ...result };
}
