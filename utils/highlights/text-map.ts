// The reader's text as the anchoring sees it: the same whitespace normalization as normalizeText,
// with every UTF-16 unit of the result tied to the DOM position it came from.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Whitespace as normalizeText sees it (checked by code: a regex per character is slow on long articles). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Normalized text of a subtree and, per UTF-16 unit, its text node, offset and width (0 = a space standing for a gap). */
export interface TextMap {
  text: string;
  nodes: Text[];
  offsets: Uint32Array;
  widths: Uint8Array;
  /** Index of each text node's first unit in `text` (nodes that contributed nothing are absent). */
  firstUnit: Map<Text, number>;
}

/** Build the text map of `root` (read-only: the DOM is not changed). */
export function buildTextMap(root: Node): TextMap {
  const chars: string[] = [];
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const widths: number[] = [];
  const firstUnit = new Map<Text, number>();
  let pendingSpace = false;
  // The first real whitespace character of a pending gap: a highlight then covers it visibly.
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const node = child as Text;
        const value = node.data;
        for (let i = 0; i < value.length; i++) {
          if (isSpace(value.charCodeAt(i))) {
            if (!pendingSpace) {
              spaceNode = node;
              spaceOffset = i;
            }
            pendingSpace = true;
            continue;
          }
          if (pendingSpace && chars.length > 0) {
            chars.push(' ');
            nodes.push(spaceNode ?? node);
            offsets.push(spaceNode ? spaceOffset : i);
            widths.push(spaceNode ? 1 : 0);
          }
          pendingSpace = false;
          spaceNode = null;
          if (!firstUnit.has(node)) firstUnit.set(node, chars.length);
          chars.push(value[i] ?? '');
          nodes.push(node);
          offsets.push(i);
          widths.push(1);
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = child.nodeName.toUpperCase();
      if (SKIP.has(name)) continue;
      const block = BLOCK.has(name);
      if (block) {
        pendingSpace = true;
        spaceNode = null;
      }
      walk(child);
      if (block) {
        pendingSpace = true;
        spaceNode = null;
      }
    }
  };
  walk(root);
  return { text: chars.join(''), nodes, offsets: Uint32Array.from(offsets), widths: Uint8Array.from(widths), firstUnit };
}

/** One piece of a text node covered by a range of the map: [start, end) in the node's data. */
export interface NodeSegment {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces that make up [start, end) of the map's text, in document order. */
export function segmentsOf(map: TextMap, start: number, end: number): NodeSegment[] {
  const out: NodeSegment[] = [];
  let current: NodeSegment | undefined;
  for (let i = Math.max(0, start); i < Math.min(end, map.text.length); i++) {
    const width = map.widths[i] ?? 0;
    const node = map.nodes[i];
    if (width === 0 || !node) continue;
    const offset = map.offsets[i] ?? 0;
    if (current && current.node === node) current.end = offset + width;
    else {
      current = { node, start: offset, end: offset + width };
      out.push(current);
    }
  }
  return out;
}

/**
 * The map offsets [start, end) of a DOM range (a selection), trimmed of surrounding spaces;
 * null when it covers no text of the map.
 */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (const [node, first] of map.firstUnit) {
    if (!range.intersectsNode(node)) continue;
    for (let i = first; i < map.text.length && map.nodes[i] === node; i++) {
      const offset = map.offsets[i] ?? 0;
      if (node === range.startContainer && offset < range.startOffset) continue;
      if (node === range.endContainer && offset + (map.widths[i] ?? 0) > range.endOffset) continue;
      if (node === range.endContainer && (map.widths[i] ?? 0) === 0 && offset >= range.endOffset) continue;
      if (start === -1 || i < start) start = i;
      if (i + 1 > end) end = i + 1;
    }
  }
  if (start === -1) return null;
  while (start < end && map.text[start] === ' ') start++;
  while (end > start && map.text[end - 1] === ' ') end--;
  return end > start ? { start, end } : null;
}
