import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { isElement } from './dom-guards';
import { isDisplayMath } from './math';
import { isMath, mathToTex } from './math-tex';

// Turndown with GFM (tables, strikethrough, task lists). `*` for emphasis because `_` does not work
// inside CJK words; figures become the image followed by an italic caption line.

let service: TurndownService | null = null;

/**
 * Characters Turndown escapes anywhere (backslash * ` [ ] _) or at the start of the text (- + = # ~~~ >
 * "1. "), and "<" (escaped below): text without any of them comes out of the escaping unchanged.
 */
const NEEDS_ESCAPE = /[\\*`[\]_<]|^(?:[-=>]|\+ |#{1,6} |~~~|\d+\. )/;

/** Non-element siblings (whitespace text) before `node`, so list numbers count items only. */
function countNonElements(parent: Node, node: Node): number {
  let n = 0;
  for (let child = parent.firstChild; child && child !== node; child = child.nextSibling) if (child.nodeType !== 1) n++;
  return n;
}

function createService(): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
    linkStyle: 'inlined',
  });
  td.use(gfm);
  // Text that reads like HTML ("<img onerror=…>" quoted in an article) must stay text in Markdown
  // renderers that pass raw HTML through: escape `<` before a tag name, `/`, `!` or `?` (this also
  // defuses `<javascript:…>` autolinks).
  const escapeText = td.escape.bind(td);
  td.escape = (text: string) => {
    // Most text has nothing to escape: one test instead of Turndown's thirteen replaces.
    if (!NEEDS_ESCAPE.test(text)) return text;
    return (
      escapeText(text)
        .replace(/<(?=[A-Za-z/!?])/g, '\\<')
        // "[앵커]", "[서울=뉴시스]", "[WARNING]" are text: brackets need escaping only where they could
        // start a link ("[x](", "[x][", "[x]:").
        .replace(/\\\[([^\[\]\n]*)\\\](?![(\[:])/g, '[$1]')
    );
  };
  td.addRule('figure', {
    filter: 'figure',
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  td.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const caption = content.trim().replace(/\n+/g, ' ');
      return caption ? `\n\n*${caption}*\n\n` : '';
    },
  });
  td.addRule('image', {
    filter: 'img',
    replacement: (_content, el) => {
      if (!isElement(el)) return '';
      const src = el.getAttribute('src') ?? '';
      if (!src) return '';
      const alt = (el.getAttribute('alt') ?? '').replace(/[\[\]\n]+/g, ' ').trim();
      const title = el.getAttribute('title');
      // One line (a blank line would end the image and turn the rest into Markdown).
      const titlePart = title ? ` "${title.replace(/\s+/g, ' ').replace(/"/g, '\\"')}"` : '';
      // encodeURIComponent leaves ( and ) alone, and a ")" would end the destination early.
      const percent = (c: string) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
      return `![${alt}](${src.replace(/[()\s]/g, percent)}${titlePart})`;
    },
  });
  td.addRule('fencedCodeWithLanguage', {
    filter: (node) => node.nodeName === 'PRE' && (node.firstChild?.nodeName === 'CODE' || node.textContent !== null),
    replacement: (_content, el) => {
      if (!isElement(el)) return '';
      const code = el.querySelector('code');
      const lang = /language-([\w+#.-]+)/.exec(`${code?.getAttribute('class') ?? ''} ${el.getAttribute('class') ?? ''}`)?.[1] ?? '';
      const text = (code ?? el).textContent ?? '';
      // The fence must be longer than any tilde fence inside the code, or the code would close it.
      const tildes = Math.max(3, ...[...text.matchAll(/^ {0,3}(~{3,})/gm)].map((m) => m[1]?.length ?? 0)) + 1;
      const fence = text.includes('```') ? '~'.repeat(tildes) : '```';
      // Trailing spaces and blank lines inside code are the code's: a private-use mark keeps them from the
      // line trim and blank-line collapsing below.
      return `\n\n${fence}${lang}\n${text.replace(/\n$/, '').replace(/[ \t]+$/gm, (s) => s + KEEP).replace(/^$/gm, KEEP)}\n${fence}\n\n`;
    },
  });
  // Math as TeX between dollars, the way Obsidian, Pandoc and GitHub read it: $…$ inline, $$…$$ on lines of its own.
  td.addRule('math', {
    filter: (node) => isMath(node),
    replacement: (_content, el) => {
      if (!isElement(el)) return '';
      // Broken markup can pour the rest of a page into an <mtext>: prose is not a formula, so it goes
      // out as ordinary (escaped) Markdown text rather than raw TeX.
      if (holdsProse(el)) return ` ${_content} `;
      const tex = markdownTex(mathToTex(el));
      if (!tex) return '';
      return isDisplayMath(el) ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex.replace(/\s+/g, ' ')}$`;
    },
  });
  // "- item" and "1. item" rather than Turndown's "-   item": what people and other tools write.
  td.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode;
      let prefix = '- ';
      if (isElement(parent) && parent.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1') || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.childNodes, node) - countNonElements(parent, node)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  td.remove(['script', 'style', 'noscript', 'template']);
  return td;
}

/**
 * TeX made safe between dollars: an unescaped `$` would end the formula, and `<` could start raw
 * HTML in renderers that pass it through (`\\lt` is TeX's own name for it).
 */
function markdownTex(tex: string): string {
  return tex
    .trim()
    .replace(/(?<!\\)\$/g, '\\$')
    .replace(/</g, '\\lt ')
    // Whitespace means nothing in math mode, and a space keeps "](" and "]:" from reading as a
    // Markdown link or reference definition where math is not rendered.
    .replace(/\](?=[(:])/g, '] ')
    .replace(/\n{2,}/g, '\n');
}

/** Longest text one <mtext> of a formula may hold (a longer one is swallowed prose). */
const MAX_MATHML_TEXT = 300;

/** Whether a formula's text element holds prose (parsers differ in case and namespace, so by local name). */
function holdsProse(math: Element): boolean {
  return [...math.querySelectorAll('*')].some((e) => e.localName.toLowerCase() === 'mtext' && (e.textContent ?? '').length > MAX_MATHML_TEXT);
}

/** Marks the end of trailing whitespace that belongs to a code block (removed after trimming). */
const KEEP = '\u{F8FF}';

/** Converts sanitized article HTML (an element) to GitHub-flavoured Markdown. */
export function toMarkdown(root: HTMLElement): string {
  service ??= createService();
  return service
    .turndown(root)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]+$/gm, '')
    .replaceAll(KEEP, '')
    .trim();
}
