import { describe, expect, it } from 'vitest';
import { codeLanguage, markCodeLanguages } from '../../../utils/extract/code-language';
import { htmlDoc } from './helpers';

const pre = (html: string): Element => {
  const el = htmlDoc(`<body>${html}</body>`).querySelector('pre');
  if (!el) throw new Error('no pre');
  return el;
};

describe('codeLanguage', () => {
  it.each([
    ['Prism', '<pre class="language-js"><code class="language-js">x</code></pre>', 'js'],
    ['highlight.js', '<pre><code class="hljs language-python">x</code></pre>', 'python'],
    ['highlight.js (old)', '<pre><code class="hljs ruby">x</code></pre>', 'ruby'],
    ['markdown-it lang-', '<pre><code class="lang-go">x</code></pre>', 'go'],
    ['GitHub', '<div class="highlight highlight-source-rust notranslate"><pre>x</pre></div>', 'rust'],
    ['GitHub text', '<div class="highlight highlight-text-html-basic"><pre>x</pre></div>', 'html'],
    ['Shiki', '<pre class="shiki github-dark" data-language="ts" tabindex="0"><code>x</code></pre>', 'ts'],
    ['VitePress wrapper', '<div class="language-bash vp-adaptive-theme"><button class="copy"></button><pre class="shiki"><code>x</code></pre></div>', 'bash'],
    ['SyntaxHighlighter', '<pre class="brush: php;">x</pre>', 'php'],
  ])('reads %s', (_name, html, lang) => {
    expect(codeLanguage(pre(html))).toBe(lang);
  });

  it('is null without a convention, and for highlighter words that are not languages', () => {
    expect(codeLanguage(pre('<pre class="code-block"><code>x</code></pre>'))).toBeNull();
    expect(codeLanguage(pre('<pre><code class="hljs nohighlight">x</code></pre>'))).toBeNull();
  });

  it('does not take a language from a wrapper holding several code blocks', () => {
    const doc = htmlDoc('<body><div class="language-js"><pre>a</pre><pre>b</pre></div></body>');
    expect([...doc.querySelectorAll('pre')].map(codeLanguage)).toEqual([null, null]);
  });

  it('marks each block with language-xx on its pre', () => {
    const doc = htmlDoc('<body><div class="highlight highlight-source-js"><pre>a</pre></div><pre>b</pre></body>');
    expect(markCodeLanguages(doc.body)).toBe(1);
    expect(doc.querySelector('pre')?.getAttribute('class')).toBe('language-js');
  });
});
