// happy-dom 21's parser treats a <style> or <script> inside inline <svg> as raw text that never ends:
// everything after it — the rest of the article — is swallowed (`<svg><style>.c{}</style></svg><p>Hello</p>`
// parses to `<svg></svg>`). Browsers follow the HTML standard and parse such elements as SVG
// elements. Neither holds text a reader sees (scripts never run on this path), so the Node path
// drops them from inline SVG before parsing.

const SVG_OPEN = /<svg\b/gi;
const SVG_TAG = /<(\/?)svg\b[^>]*>/gi;
const RAW_TEXT = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** `html` with every `<style>`/`<script>` element inside inline `<svg>` removed (the rest untouched). */
export function stripSvgRawText(html: string): string {
  SVG_OPEN.lastIndex = 0;
  if (!SVG_OPEN.test(html) || !/<s(?:tyle|cript)\b/i.test(html)) return html;
  let out = '';
  let last = 0;
  let depth = 0;
  let start = -1;
  SVG_TAG.lastIndex = 0;
  for (let m = SVG_TAG.exec(html); m; m = SVG_TAG.exec(html)) {
    if (m[1]) {
      if (depth === 0) continue;
      depth--;
      if (depth === 0) {
        const end = m.index + m[0].length;
        out += html.slice(last, start) + html.slice(start, end).replace(RAW_TEXT, '');
        last = end;
      }
    } else if (!m[0].endsWith('/>')) {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  // An unclosed <svg> runs to the end of the document, as the parser would read it.
  if (depth > 0) return out + html.slice(last, start) + html.slice(start).replace(RAW_TEXT, '');
  return out + html.slice(last);
}
