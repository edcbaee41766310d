// textContent glues block elements together ("end.</p><p>Next" → "end.Next"), which merges words in
// plain text and search. This walks the tree and puts line breaks at block boundaries instead.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
// A formula's TeX annotation repeats it in another notation (its MathML text is what shows).
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'ANNOTATION', 'ANNOTATION-XML']);
/** Left out of the article's running text (captions and credits stay in the Markdown). */
const SKIP_IN_BODY = new Set(['FIGCAPTION']);

/**
 * Plain text of `root` with blank lines between blocks, tabs between table cells, collapsed spaces.
 * With `captions: false` (the article body) figure captions are left out.
 */
export function blockText(root: Node, options: { captions?: boolean } = {}): string {
  const captions = options.captions ?? true;
  const out: string[] = [];
  const walk = (node: Node, pre: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        out.push(pre ? value : value.replace(/[ \t\n\r\f]+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = child.nodeName.toUpperCase();
      if (SKIP.has(name) || (!captions && SKIP_IN_BODY.has(name))) continue;
      if (name === 'BR') {
        out.push('\n');
        continue;
      }
      if (name === 'TD' || name === 'TH') out.push('\t');
      const block = BLOCK.has(name);
      if (block) out.push('\n\n');
      walk(child, pre || name === 'PRE');
      if (block) out.push('\n\n');
    }
  };
  walk(root, false);
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    // A run of spaces and tabs becomes one tab when it holds a tab, else one space (two plain
    // replaces: a replacer function per run was most of this function's time on long articles).
    .map((line) => line.replace(/[ \t]*\t[ \t]*/g, '\t').replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
