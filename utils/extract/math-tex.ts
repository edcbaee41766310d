import { isElement } from './dom-guards';
import { texAnnotation } from './math';

// MathML without a TeX source (hand-written, or MathJax 3's copy) still goes to Markdown as TeX:
// the presentation elements that make up nearly all formulas (tokens, rows, scripts, fractions,
// roots, under/over, tables) are written out the way TeX writes them.

/** Operators and identifiers written as TeX commands. */
const SYMBOLS: Record<string, string> = {
  '×': '\\times', '÷': '\\div', '±': '\\pm', '∓': '\\mp', '·': '\\cdot', '⋅': '\\cdot', '≤': '\\le', '≥': '\\ge',
  '≠': '\\ne', '≈': '\\approx', '≡': '\\equiv', '∞': '\\infty', '∑': '\\sum', '∏': '\\prod', '∫': '\\int',
  '∂': '\\partial', '∇': '\\nabla', '→': '\\to', '←': '\\leftarrow', '⇒': '\\Rightarrow', '⇔': '\\Leftrightarrow',
  '∈': '\\in', '∉': '\\notin', '⊂': '\\subset', '⊆': '\\subseteq', '∪': '\\cup', '∩': '\\cap', '∀': '\\forall',
  '∃': '\\exists', '¬': '\\neg', '∧': '\\wedge', '∨': '\\vee', '∘': '\\circ', '…': '\\ldots', '⋯': '\\cdots',
  'α': '\\alpha', 'β': '\\beta', 'γ': '\\gamma', 'δ': '\\delta', 'ε': '\\epsilon', 'θ': '\\theta', 'λ': '\\lambda',
  'μ': '\\mu', 'π': '\\pi', 'ρ': '\\rho', 'σ': '\\sigma', 'τ': '\\tau', 'φ': '\\phi', 'χ': '\\chi', 'ψ': '\\psi',
  'ω': '\\omega', 'Γ': '\\Gamma', 'Δ': '\\Delta', 'Θ': '\\Theta', 'Λ': '\\Lambda', 'Π': '\\Pi', 'Σ': '\\Sigma',
  'Φ': '\\Phi', 'Ψ': '\\Psi', 'Ω': '\\Omega', '\u2061': '', '\u2062': '', '\u2063': '',
};

/** A script's base or index: braced unless one character or one command. */
const group = (tex: string): string => (/^(?:.|\\[a-zA-Z]+)$/u.test(tex) ? tex : `{${tex}}`);

function token(text: string): string {
  const t = text.trim();
  const whole = SYMBOLS[t];
  if (whole !== undefined) return whole;
  // TeX's own special characters escaped; symbols inside a longer token spelled as commands.
  return [...t.replace(/[{}%#&_$]/g, (c) => `\\${c}`)]
    .map((c) => {
      const command = SYMBOLS[c];
      return command === undefined ? c : command ? `${command} ` : '';
    })
    .join('')
    .trim();
}

function children(el: Element): Element[] {
  return [...el.children].filter((c) => c.localName.toLowerCase() !== 'annotation' && c.localName.toLowerCase() !== 'annotation-xml');
}

function convert(el: Element): string {
  const name = el.localName.toLowerCase();
  const kids = children(el);
  const arg = (i: number): string => {
    const kid = kids[i];
    return kid ? convert(kid) : '';
  };
  switch (name) {
    case 'mi':
    case 'mn':
    case 'mo':
      return token(el.textContent ?? '');
    case 'mtext':
    case 'ms':
      return `\\text{${(el.textContent ?? '').replace(/[{}\\]/g, '')}}`;
    case 'mspace':
      return '\\ ';
    case 'msup':
      return `${group(arg(0))}^${group(arg(1))}`;
    case 'msub':
      return `${group(arg(0))}_${group(arg(1))}`;
    case 'msubsup':
      return `${group(arg(0))}_${group(arg(1))}^${group(arg(2))}`;
    case 'munder':
      return `\\underset{${arg(1)}}{${arg(0)}}`;
    case 'mover':
      return `\\overset{${arg(1)}}{${arg(0)}}`;
    case 'munderover':
      return `${group(arg(0))}_${group(arg(1))}^${group(arg(2))}`;
    case 'mfrac':
      return `\\frac{${arg(0)}}{${arg(1)}}`;
    case 'msqrt':
      return `\\sqrt{${kids.map(convert).join(' ')}}`;
    case 'mroot':
      return `\\sqrt[${arg(1)}]{${arg(0)}}`;
    case 'mfenced':
      return `\\left${el.getAttribute('open') ?? '('}${kids.map(convert).join(el.getAttribute('separators') ?? ',')}\\right${el.getAttribute('close') ?? ')'}`;
    case 'mtable':
      return `\\begin{matrix}${kids.map(convert).join(' \\\\ ')}\\end{matrix}`;
    case 'mtr':
    case 'mlabeledtr':
      return kids.map(convert).join(' & ');
    case 'semantics':
      return arg(0);
    default:
      return kids.length ? kids.map(convert).join(' ') : token(el.textContent ?? '');
  }
}

/** The TeX of a <math> element: its TeX annotation when it has one, else its MathML written as TeX. */
export function mathToTex(math: Element): string {
  const source = texAnnotation(math);
  if (source) return source;
  return children(math)
    .map(convert)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for a <math> element (in the MathML namespace or, as parsed by some DOMs, the HTML one). */
export function isMath(node: Node | null): node is Element {
  return isElement(node) && node.localName.toLowerCase() === 'math';
}
