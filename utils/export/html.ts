import type { Clip } from '../db/clip';
import { sortClips, type ClipOrder } from './order';
import { renderText, type RenderOptions } from './template';

/** Turns untrusted HTML into safe HTML (see `createHtmlSanitizer`). */
export type HtmlSanitizer = (html: string) => string;

/** Options for the standalone HTML page. */
export interface HtmlPageOptions extends RenderOptions {
  /**
   * Cleans each clip's HTML again (a restored backup may carry anything): pass
   * `createHtmlSanitizer(window)`. Without one, bodies are the clips' plain text, escaped.
   */
  sanitize?: HtmlSanitizer;
  title?: string;
  order?: ClipOrder;
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Only web links survive as hrefs; javascript:, data: and friends become plain text. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// Defense in depth: even if sanitizing missed something, the page can run no script, load no
// frame or font, post no form, and send no referrer; images may load from the web.
const CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

const STYLE = `
body{margin:0;font:17px/1.65 system-ui,-apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo",sans-serif;color:#1d1d1f;background:#fff}
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem}
article{border-bottom:1px solid #ddd;padding-bottom:2rem;margin-bottom:2rem}
.meta{color:#555;font-size:.9em}
.note{background:#f6f6f2;border-left:4px solid #c9b458;padding:.5rem 1rem;white-space:pre-wrap}
img{max-width:100%;height:auto}
pre{overflow:auto;background:#f4f4f4;padding:.75rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}
@media (prefers-color-scheme:dark){body{background:#161617;color:#e8e8e6}.meta{color:#aaa}.note{background:#26261f}pre{background:#222}}
`.trim();

/** Plain text as escaped paragraphs: the safe body when no sanitizer is at hand. */
function textParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function clipArticle(clip: Clip, sanitize: HtmlSanitizer | undefined, options: RenderOptions): string {
  const href = safeHref(clip.url);
  const meta = [
    clip.siteName ? escapeHtml(clip.siteName) : '',
    clip.authors.length > 0 ? escapeHtml(clip.authors.join(', ')) : '',
    clip.published ? `<time datetime="${escapeHtml(clip.published)}">${escapeHtml(renderText('{published:YYYY-MM-DD}', clip, options))}</time>` : '',
    href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">Original</a>` : '',
  ].filter(Boolean);
  const lang = clip.lang ? ` lang="${escapeHtml(clip.lang)}"` : '';
  return [
    `<article${lang} dir="auto">`,
    `<header><h1>${escapeHtml(clip.title || 'Untitled')}</h1>`,
    meta.length > 0 ? `<p class="meta">${meta.join(' · ')}</p>` : '',
    clip.tags.length > 0 ? `<p class="meta">Tags: ${escapeHtml(clip.tags.join(', '))}</p>` : '',
    '</header>',
    clip.note ? `<aside class="note">${escapeHtml(clip.note)}</aside>` : '',
    `<div class="body">${sanitize ? sanitize(clip.html) : textParagraphs(clip.text)}</div>`,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** One self-contained, sanitized HTML page holding the clips (readable offline, prints well). */
export function clipsToHtml(clips: readonly Clip[], options: HtmlPageOptions = {}): string {
  const ordered = sortClips(clips, options.order ?? 'given');
  const title = options.title ?? (ordered.length === 1 && ordered[0] ? ordered[0].title : 'Gleaner clips');
  const pageLang = ordered.length > 0 && ordered.every((c) => c.lang === ordered[0]?.lang) ? ordered[0]?.lang : null;
  return `<!doctype html>
<html${pageLang ? ` lang="${escapeHtml(pageLang)}"` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gleaner">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${ordered.map((clip) => clipArticle(clip, options.sanitize, options)).join('\n')}
</main>
</body>
</html>
`;
}
