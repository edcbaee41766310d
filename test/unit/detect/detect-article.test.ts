import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../utils/detect/detect-article';
import { parse, words } from './parse';

const article = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head>
  <meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-02T09:00:00Z">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"h","datePublished":"2025-03-02"}</script>
  </head><body><header><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav></header>
  <main><article><h1>Headline of the story</h1><p class="byline">By A. Writer · March 2, 2025</p>
  <div class="body">${body}</div></article></main><footer><a href="/about">About</a></footer></body></html>`;

const englishBody = Array.from({ length: 8 }, (_, i) => `<p>${words(45, `s${i}`)}.</p>`).join('');
const japaneseBody = Array.from({ length: 6 }, () => '<p>政府は来年度から公共施設の屋上に太陽光発電設備を順次設置すると発表した。電気料金の削減が見込まれる。</p>').join('');

const homepage = `<!doctype html><html><head><meta property="og:type" content="website"></head><body>
  <header><nav>${Array.from({ length: 12 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</nav></header>
  <main><section class="lead"><h2><a href="/2025/03/lead-story">Lead story</a></h2><p>${words(60, 'lead')}</p><p>${words(50, 'more')}</p></section>
  ${Array.from({ length: 12 }, (_, i) => `<article><h3><a href="/2025/03/story-${i}">Story ${i}</a></h3><p>${words(22, `x${i}`)}</p><time>2025-03-02</time></article>`).join('')}
  </main></body></html>`;

describe('detectArticle', () => {
  it('accepts an English and a Japanese news article', () => {
    expect(detectArticle(parse(article('en', englishBody)), 'https://news.example.com/2025/03/02/headline-of-the-story').isArticle).toBe(true);
    expect(detectArticle(parse(article('ja', japaneseBody)), 'https://www.example.jp/articles/20250302/k10014').isArticle).toBe(true);
  });

  it('rejects a homepage whose lead story has real paragraphs', () => {
    const verdict = detectArticle(parse(homepage), 'https://news.example.com/');
    expect(verdict.isArticle).toBe(false);
    expect(verdict.signals.urlRoot).toBe(true);
  });

  it('rejects a login page and a product page', () => {
    const login = `<html><body><main><h1>Sign in</h1><p>${words(30)}</p><form><input name="user"><input type="password"><button>Sign in</button></form></main></body></html>`;
    expect(detectArticle(parse(login), 'https://example.com/login').isArticle).toBe(false);
    const product = `<html><head><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","offers":{"@type":"Offer","price":"9"}}</script></head>
      <body><main><h1>Kettle</h1>${englishBody}<button>Add to cart</button></main></body></html>`;
    expect(detectArticle(parse(product), 'https://shop.example.com/products/kettle').isArticle).toBe(false);
  });

  it('sees whether the main prose sits in an <article> and counts title separators (at most 3)', () => {
    const signals = detectArticle(parse(article('en', englishBody).replace('<head>', '<head><title>Headline – Politics | Example News</title>'))).signals;
    expect(signals).toMatchObject({ inArticle: true, titleSeps: 2 });
    const bare = detectArticle(parse(`<title>a-b-c-d-e</title><main>${englishBody}</main>`)).signals;
    expect(bare).toMatchObject({ inArticle: false, titleSeps: 3 });
  });

  it('returns a score in 0..1 and flat, serializable signals', () => {
    const verdict = detectArticle(parse(article('en', englishBody)));
    expect(verdict.score).toBeGreaterThan(0.5);
    expect(verdict.score).toBeLessThanOrEqual(1);
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
    expect(Object.values(verdict.signals).every((v) => ['number', 'string', 'boolean'].includes(typeof v))).toBe(true);
  });

  it('never changes the document', () => {
    const doc = parse(article('en', englishBody));
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, 'https://example.com/a');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('handles an empty document', () => {
    const verdict = detectArticle(parse(''), 'https://example.com/');
    expect(verdict.isArticle).toBe(false);
  });
});

describe('detector source', () => {
  const dir = join(import.meta.dirname, '../../../utils/detect');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it('reads no page globals, so it runs on any Document (page, clone, Node)', () => {
    // Comments may mention "the document"; code that reads a global looks like `document.body`.
    const code = (f: string) => readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = files.filter((f) => /(?<![.\w])(window|document|location|navigator)\s*[.[]/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('keeps one concern per file, each under 300 lines', () => {
    const long = files.filter((f) => readFileSync(join(dir, f), 'utf8').split('\n').length > 300);
    expect(long).toEqual([]);
  });
});
