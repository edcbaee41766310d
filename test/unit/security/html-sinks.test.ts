import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Titles, bylines, tags and notes are rendered as text everywhere: the only place extension code
// turns a string into markup is the reader body, after DOMPurify. Every other HTML sink in product
// code is listed here with why it is safe; a new one fails this test until someone looks at it.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SOURCE_DIRS = ['components', 'entrypoints', 'utils'];

const SINKS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML/outerHTML assignment', pattern: /\.(?:innerHTML|outerHTML)\s*(?:\+?=)(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\.write(?:ln)?\s*\(/ },
  { name: 'srcdoc', pattern: /srcdoc/i },
  { name: 'eval', pattern: /(?<![\w.])eval\s*\(/ },
  { name: 'Function constructor', pattern: /new\s+Function\s*\(/ },
  { name: 'string timer', pattern: /set(?:Timeout|Interval)\(\s*['"`]/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
];

const REVIEWED: ReadonlyArray<{ file: string; sink: string; why: string }> = [
  { file: 'components/library/ReaderBody.tsx', sink: 'dangerouslySetInnerHTML', why: 'the reader body, sanitized with DOMPurify right before' },
  { file: 'utils/capture/read-page-images.ts', sink: 'innerHTML/outerHTML assignment', why: 'parses the clip\'s already-sanitized HTML into an inert document (no script, no image loads) to list its image URLs' },
  { file: 'utils/extract/lazy-media.ts', sink: 'innerHTML/outerHTML assignment', why: 'parses <noscript> fallbacks into an inert <template> of the cloned page' },
  { file: 'utils/extract/metadata/plain-text.ts', sink: 'innerHTML/outerHTML assignment', why: 'decodes entities in a <textarea> (RCDATA: no elements) of an inert document, with < escaped first' },
  { file: 'utils/export/html-sanitizer.ts', sink: 'innerHTML/outerHTML assignment', why: 'parses into an inert <template>, then DOMPurify' },
  { file: 'utils/highlights/draw-highlights.ts', sink: 'innerHTML/outerHTML assignment', why: 'parses the reader\'s already DOMPurify-sanitized HTML into an inert <template> to add <mark>s (text only) to the copy' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('HTML and code sinks in product code', () => {
  it('exist only where reviewed', () => {
    const found: string[] = [];
    for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      const source = withoutComments(readFileSync(file, 'utf8'));
      const path = relative(ROOT, file);
      for (const sink of SINKS) {
        if (sink.pattern.test(source) && !REVIEWED.some((r) => r.file === path && r.sink === sink.name)) found.push(`${path}: ${sink.name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every reviewed sink is still there (the list stays honest)', () => {
    for (const reviewed of REVIEWED) {
      const source = withoutComments(readFileSync(join(ROOT, reviewed.file), 'utf8'));
      const sink = SINKS.find((s) => s.name === reviewed.sink);
      expect(sink?.pattern.test(source), `${reviewed.file}: ${reviewed.sink}`).toBe(true);
    }
  });
});
