// A code block's language, from the conventions highlighters write into the page: `language-xx` /
// `lang-xx` (Prism, highlight.js, markdown-it, Rouge), highlight.js's older `hljs xx`, GitHub's
// `highlight-source-xx` / `highlight-text-html-basic`, Shiki's and others' `data-language` /
// `data-lang`, SyntaxHighlighter's `brush: xx`. The Markdown fence takes it as its info string.

const LANG_CLASS = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/i;
const GITHUB_CLASS = /(?:^|\s)highlight-(?:source|text)-([\w+#]+)/i;
const BRUSH_CLASS = /(?:^|;|\s)brush:\s*([\w+#-]+)/i;
const HLJS_CLASS = /(?:^|\s)hljs\s+([a-z][\w+#-]*)/i;
/** Words highlighters put beside `hljs` that are not languages. */
const NOT_LANGUAGES = new Set(['hljs', 'nohighlight', 'plaintext-off', 'shiki', 'highlight', 'line-numbers', 'code', 'block']);
/** Wrapper levels above the `<pre>` searched (GitHub and VitePress name the language on a wrapper div). */
const WRAPPER_LEVELS = 2;

function fromElement(el: Element): string | null {
  const attr = el.getAttribute('data-language') ?? el.getAttribute('data-lang');
  if (attr && /^[\w+#.-]{1,30}$/.test(attr.trim())) return attr.trim().toLowerCase();
  const cls = el.getAttribute('class') ?? '';
  if (!cls) return null;
  const lang = LANG_CLASS.exec(cls)?.[1] ?? GITHUB_CLASS.exec(cls)?.[1] ?? BRUSH_CLASS.exec(cls)?.[1];
  if (lang) return lang.toLowerCase();
  const hljs = HLJS_CLASS.exec(cls)?.[1]?.toLowerCase();
  return hljs && !NOT_LANGUAGES.has(hljs) ? hljs : null;
}

/** The language of the code block `pre` (its `<code>`, itself, or a wrapper holding only it), or null. */
export function codeLanguage(pre: Element): string | null {
  const code = pre.querySelector(':scope > code');
  const own = (code && fromElement(code)) ?? fromElement(pre);
  if (own) return own;
  let wrapper = pre.parentElement;
  for (let i = 0; i < WRAPPER_LEVELS && wrapper && wrapper.getElementsByTagName('pre').length === 1; i++) {
    const lang = fromElement(wrapper);
    if (lang) return lang;
    wrapper = wrapper.parentElement;
  }
  return null;
}

/** Writes each code block's language under `root` as `class="language-xx"` on its `<pre>` (what the sanitizer and Markdown keep). */
export function markCodeLanguages(root: Element): number {
  let n = 0;
  for (const pre of root.getElementsByTagName('pre')) {
    const lang = codeLanguage(pre);
    if (!lang) continue;
    pre.setAttribute('class', `language-${lang}`);
    n++;
  }
  return n;
}
