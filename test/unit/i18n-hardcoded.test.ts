import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

// No hard-coded user-visible text in the UI: every word a user reads comes from `_locales` through
// `t(...)`. The components are parsed (oxc, through Vite) and scanned for JSX text with letters and
// for string literals with letters in rendered positions: as a child, or as the value of an
// attribute people read (aria-label, placeholder, title, alt…).

const ROOT = join(import.meta.dirname, '..', '..');
const COMPONENTS = join(ROOT, 'components');

/** Attributes whose values are shown or read aloud. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt', 'label',
]);

/**
 * Text allowed without `t()`, each with its reason. Keep it tiny: a product name or a symbol is fine,
 * a sentence never is.
 */
const ALLOWED: ReadonlyArray<{ file: string; text: string; why: string }> = [];

const LETTER = /\p{L}/u;

interface Finding {
  file: string;
  line: number;
  text: string;
}

type AstNode = { type: string; start: number; [key: string]: unknown };

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string';
}

function children(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

/** String literals an expression would render as-is (not call arguments, comparisons or keys). */
function renderedLiterals(node: AstNode): Array<{ text: string; at: number }> {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [{ text: node.value, at: node.start }] : [];
    case 'TemplateLiteral': {
      const quasis = Array.isArray(node.quasis) ? node.quasis.filter(isNode) : [];
      return quasis.map((q) => ({ text: String(Reflect.get(Object(q.value), 'cooked') ?? ''), at: q.start }));
    }
    case 'ConditionalExpression':
      return [node.consequent, node.alternate].filter(isNode).flatMap(renderedLiterals);
    case 'LogicalExpression':
      return isNode(node.right) ? renderedLiterals(node.right) : [];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      return isNode(node.expression) ? renderedLiterals(node.expression) : [];
    default:
      return [];
  }
}

/** Hard-coded visible text in one component's source. */
function scanSource(file: string, source: string): Finding[] {
  const parsed = parseSync(file, source, { lang: 'tsx' });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const findings: Finding[] = [];
  const program: unknown = parsed.program;
  if (!isNode(program)) throw new Error(`${file}: no program`);
  walk(program, (text, at) => {
    if (LETTER.test(text)) findings.push({ file, line: lineOf(at), text: text.trim() });
  });
  return findings;
}

function walk(node: AstNode, report: (text: string, at: number) => void): void {
  if (node.type === 'JSXText') report(String(node.value), node.start);
  if (node.type === 'JSXExpressionContainer' && isNode(node.expression)) {
    // A child expression: {'Save'}, {busy ? 'Saving…' : t('save')}, {n && 'items'}.
    for (const literal of renderedLiterals(node.expression)) report(literal.text, literal.at);
  }
  if (node.type === 'JSXAttribute') {
    const name = isNode(node.name) ? String(node.name.name ?? '') : '';
    const value = node.value;
    if (!isNode(value)) return;
    if (VISIBLE_ATTRIBUTES.has(name) && value.type === 'Literal' && typeof value.value === 'string') report(value.value, value.start);
    if (value.type === 'JSXExpressionContainer' && isNode(value.expression)) {
      if (VISIBLE_ATTRIBUTES.has(name)) for (const literal of renderedLiterals(value.expression)) report(literal.text, literal.at);
      walk(value.expression, report); // JSX nested in any attribute (render props) is still UI
    }
    return;
  }
  children(node).forEach((child) => walk(child, report));
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('no hard-coded UI text in components', () => {
  const files = tsxFiles(COMPONENTS);

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('every user-visible string goes through t()', () => {
    const findings = files
      .flatMap((file) => scanSource(relative(ROOT, file), readFileSync(file, 'utf8')))
      .filter((f) => !ALLOWED.some((a) => a.file === f.file && a.text === f.text));
    expect(findings.map((f) => `${f.file}:${f.line} "${f.text}"`)).toEqual([]);
  });

  it('catches hard-coded text in children and visible attributes, and nothing else', () => {
    const sample = 'sample.tsx';
    const source = `export const A = ({ busy, n }: { busy: boolean; n: number }) => (
      <div class="card" data-testid="x" aria-label="Close dialog" title={busy ? 'Saving' : t('save')}>
        Hello {'world'} {busy && 'Loading'} {n === 1 ? t('one') : t('many')} {t('key')} {' · '} {\`\${n} items\`}
        <input placeholder={t('search')} type="search" />
        <img alt="Chart" src="a.png" />
      </div>
    );`;
    const found = scanSource(sample, source).map((f) => f.text);
    expect(found.sort()).toEqual(['Chart', 'Close dialog', 'Hello', 'Loading', 'Saving', 'items', 'world'].sort());
  });
});
