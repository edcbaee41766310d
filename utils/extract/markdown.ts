import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';

// Turndown with GFM (tables, strikethrough, task lists). `*` for emphasis because `_` does not work
// inside CJK words; figures become the image followed by an italic caption line.

let service: TurndownService | null = null;

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
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const src = el.getAttribute('src') ?? '';
      if (!src) return '';
      const alt = (el.getAttribute('alt') ?? '').replace(/[\[\]\n]+/g, ' ').trim();
      const title = el.getAttribute('title');
      const titlePart = title ? ` "${title.replace(/"/g, '\\"')}"` : '';
      return `![${alt}](${src.replace(/[()\s]/g, encodeURIComponent)}${titlePart})`;
    },
  });
  td.addRule('fencedCodeWithLanguage', {
    filter: (node) => node.nodeName === 'PRE' && (node.firstChild?.nodeName === 'CODE' || node.textContent !== null),
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const code = el.querySelector('code');
      const lang = /language-([\w+#-]+)/.exec(code?.getAttribute('class') ?? el.getAttribute('class') ?? '')?.[1] ?? '';
      const text = (code ?? el).textContent ?? '';
      const fence = text.includes('```') ? '~~~~' : '```';
      return `\n\n${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}\n\n`;
    },
  });
  td.remove(['script', 'style', 'noscript', 'template']);
  return td;
}

/** Converts sanitized article HTML (an element) to GitHub-flavoured Markdown. */
export function toMarkdown(root: HTMLElement): string {
  service ??= createService();
  return service
    .turndown(root)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
}
