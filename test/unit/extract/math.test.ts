import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeMath } from '../../../utils/extract/math';
import { mathToTex } from '../../../utils/extract/math-tex';
import { extractClip } from '../../../utils/extract/pipeline';
import { guardReason } from '../../../utils/extract/guard/content-guard';
import { htmlDoc, loadPage } from './helpers';

const NS = 'xmlns="http://www.w3.org/1998/Math/MathML"';
const para = (i: number) => `<p>Paragraph ${i}: the council approved the new budget after a long debate, and residents said the changes were overdue.</p>`;
const KATEX_INLINE = `<span class="katex"><span class="katex-mathml"><math ${NS}><semantics><mrow><msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup><mo>+</mo><mn>1</mn><mo>=</mo><mn>0</mn></mrow><annotation encoding="application/x-tex">e^{i\\pi}+1=0</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="base">eiπ+1=0</span></span></span>`;
const KATEX_DISPLAY = `<span class="katex-display"><span class="katex"><span class="katex-mathml"><math ${NS} display="block"><semantics><mrow><mi>x</mi><mo>=</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow><annotation encoding="application/x-tex">x = \\frac{1}{2}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">x=12</span></span></span>`;
const MATHJAX2_INLINE = `<span class="MathJax_Preview">a+b</span><span class="MathJax" id="MathJax-Element-1-Frame"><span>a+b drawn</span></span><script type="math/tex" id="MathJax-Element-1">a+b</script>`;
const MATHJAX2_DISPLAY = `<div class="MathJax_Display"><span class="MathJax">drawn</span></div><script type="math/tex; mode=display">\\sum_{k=1}^n k = \\frac{n(n+1)}{2}</script>`;
const MATHJAX3 = `<mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math><mjx-mi></mjx-mi></mjx-math><mjx-assistive-mml><math ${NS}><msqrt><mi>y</mi></msqrt></math></mjx-assistive-mml></mjx-container>`;

const article = (inner: string) =>
  `<!doctype html><html lang="en"><head><title>Euler</title></head><body><article><h1>Euler</h1>${para(1)}${inner}${para(8)}</article></body></html>`;

const PAGE = article(
  `<p>Inline KaTeX ${KATEX_INLINE} is famous, and the identity holds for every case we checked.</p>${para(2)}${KATEX_DISPLAY}${para(3)}` +
    `<p>MathJax two ${MATHJAX2_INLINE} inline, and a display formula follows below in the text.</p>${MATHJAX2_DISPLAY}${para(4)}` +
    `<p>MathJax three</p>${MATHJAX3}${para(5)}<p>Raw MathML <math ${NS}><mfrac><mi>a</mi><mi>b</mi></mfrac></math> sits inside the sentence.</p>${para(6)}`,
);

function clipWith(dom: 'happy-dom' | 'jsdom', html: string) {
  if (dom === 'happy-dom') {
    const { doc, window } = loadPage(html);
    return extractClip(doc, { url: 'https://example.com/a', window });
  }
  const page = new JSDOM(html, { url: 'https://example.com/a' });
  // jsdom's window is a DOM Window.
  return extractClip(page.window.document, { url: 'https://example.com/a', window: page.window as unknown as Window });
}

describe('math', () => {
  it('rewrites KaTeX, MathJax 2 and MathJax 3 renderings as one <math> each, display kept', () => {
    const doc = htmlDoc(`<body><p>${KATEX_INLINE}</p>${KATEX_DISPLAY}<p>${MATHJAX2_INLINE}</p>${MATHJAX2_DISPLAY}${MATHJAX3}</body>`);
    expect(normalizeMath(doc)).toBe(5);
    const maths = [...doc.getElementsByTagName('math')];
    expect(maths.map((m) => m.getAttribute('display'))).toEqual([null, 'block', null, 'block', 'block']);
    expect(maths.map(mathToTex)).toEqual(['e^{i\\pi}+1=0', 'x = \\frac{1}{2}', 'a+b', '\\sum_{k=1}^n k = \\frac{n(n+1)}{2}', '\\sqrt{y}']);
    // The drawn copies are gone: only the formulas' own text is left.
    expect(doc.body.textContent).not.toContain('drawn');
    expect(doc.querySelector('.katex-html, .MathJax_Preview, mjx-math')).toBeNull();
  });

  it('writes MathML without a TeX source as TeX', () => {
    const doc = htmlDoc(`<math><mrow><msubsup><mo>∫</mo><mn>0</mn><mi>∞</mi></msubsup><msup><mi>x</mi><mn>2</mn></msup><mo>≤</mo><mroot><mi>z</mi><mn>3</mn></mroot><mo>×</mo><mtext>rate</mtext></mrow></math>`);
    const math = doc.getElementsByTagName('math')[0];
    expect(math && mathToTex(math)).toBe('\\int_0^\\infty x^2 \\le \\sqrt[3]{z} \\times \\text{rate}');
  });

  for (const dom of ['happy-dom', 'jsdom'] as const) {
    it(`keeps the formulas in the clip and writes $…$ / $$…$$ in the Markdown (${dom})`, () => {
      const clip = clipWith(dom, PAGE);
      expect(clip.markdown).toContain('Inline KaTeX $e^{i\\pi}+1=0$ is famous');
      expect(clip.markdown).toContain('\n\n$$\nx = \\frac{1}{2}\n$$\n\n');
      expect(clip.markdown).toContain('MathJax two $a+b$ inline');
      expect(clip.markdown).toContain('\n\n$$\n\\sum_{k=1}^n k = \\frac{n(n+1)}{2}\n$$\n\n');
      expect(clip.markdown).toContain('$$\n\\sqrt{y}\n$$');
      expect(clip.markdown).toContain('Raw MathML $\\frac{a}{b}$ sits inside');
      // Each formula once (no drawn copy, no second copy restored beside the first).
      expect(clip.markdown.split('e^{i\\pi}').length).toBe(2);
      expect(clip.html).toContain('<annotation encoding="application/x-tex">x = \\frac{1}{2}</annotation>');
      expect(clip.html.match(/<math/g)?.length).toBe(6);
      // The plain text holds a formula as shown, not its TeX annotation as well.
      expect(clip.text).not.toContain('x = \\frac{1}{2}');
    });
  }

  it('keeps MathML but not its executable parts through sanitizing (jsdom, as in browsers)', () => {
    const clip = clipWith('jsdom', article(`<p>Hostile <math><semantics><mi>z</mi><annotation-xml encoding="text/html"><img src=x onerror="window.__pwned=1"></annotation-xml></semantics><maction actiontype="statusline"><mi>w</mi></maction><mi><mglyph src="https://evil.example/x.png"></mglyph>g</mi><mi href="javascript:alert(1)" style="color:red" onclick="x()">h</mi></math> math, in a sentence.</p>${para(2)}`));
    expect(clip.html).toContain('<math>');
    expect(clip.html).not.toMatch(/annotation-xml|maction|mglyph|onerror|onclick|javascript:|style=/);
    expect(clip.markdown).toContain('Hostile $z w g h$ math');
  });

  it('escapes TeX that could end the formula or start raw HTML in Markdown', () => {
    const clip = clipWith('jsdom', article(`<p>Compare <math><semantics><mi>x</mi><annotation encoding="application/x-tex">a&lt;b \\text{ costs } $5</annotation></semantics></math> in the sentence here.</p>${para(2)}`));
    expect(clip.markdown).toContain('$a\\lt b \\text{ costs } \\$5$');
  });

  it('keeps Markdown link syntax inside TeX from becoming a link', () => {
    const clip = clipWith('jsdom', article(`<p>See <math><semantics><mi>x</mi><annotation encoding="application/x-tex">\\text{[click](javascript:alert(1))} [r]: x</annotation></semantics></math> in the text.</p>${para(2)}`));
    expect(clip.markdown).not.toMatch(/\]\(/);
    expect(clip.markdown).not.toMatch(/\]:/);
    expect(clip.markdown).toContain('[click] (javascript');
  });

  it('writes prose that broken markup poured into a MathML <mtext> as text, not as TeX', () => {
    // Chromium and jsdom nest everything after an unclosed <mtext> inside the formula.
    const clip = clipWith('jsdom', article(`<p>Lead sentence <math><mtext>${para(2)}${para(3)}${para(5)}<p>[click here](javascript:alert(1)) to continue.</p></mtext></math></p>${para(4)}`));
    expect(clip.markdown).not.toContain('\\text{');
    expect(clip.markdown).toContain('\\[click here\\]');
    expect(clip.markdown).toContain('Paragraph 3: the council approved');
  });

  it('never lets a clean-up rule remove a block holding a formula', () => {
    const doc = htmlDoc(`<div class="share-tools"><p id="m"><math><mo>∑</mo></math></p></div>`);
    const p = doc.getElementById('m');
    expect(p && guardReason(p)).toBe('verbatim');
  });
});
