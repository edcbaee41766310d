import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir))) {
    const path = join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const app = ['entrypoints', 'components', 'utils'].flatMap(sourceFiles);
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const importsOf = (file: string) => [...read(file).matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

describe('architecture', () => {
  it('only utils/db imports Dexie', () => {
    const offenders = app.filter((f) => !f.startsWith('utils/db/') && importsOf(f).some((i) => i === 'dexie' || i.startsWith('dexie/')));
    expect(offenders).toEqual([]);
  });

  it('content scripts and the injected extractor never reach the database', () => {
    const scripts = app.filter((f) => /entrypoints\/(.*\.content\.tsx?|extractor\.ts)$/.test(f));
    expect(scripts.length).toBeGreaterThan(0);
    const offenders = scripts.filter((f) => importsOf(f).some((i) => /utils\/(db|search)\b/.test(i)));
    expect(offenders).toEqual([]);
  });

  it('extraction, detection and export stay free of browser APIs so they run in Node', () => {
    const pure = app.filter((f) => /^utils\/(extract|detect|export)\//.test(f));
    const offenders = pure.filter((f) => importsOf(f).some((i) => i.startsWith('wxt')));
    expect(offenders).toEqual([]);
  });

  it('messages are routed by the handler map, not by chains of name comparisons', () => {
    const chain = /\b(message|msg|request|req)\.(type|action|name)\s*===|switch\s*\(\s*(message|msg|request|req)\.(type|action|name)/;
    const offenders = app.filter((f) => chain.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('entrypoints only wire things up (small files)', () => {
    const fat = app.filter((f) => f.startsWith('entrypoints/') && read(f).split('\n').length > 80);
    expect(fat).toEqual([]);
  });

  it('no source file grows past 350 lines', () => {
    const long = app.filter((f) => read(f).split('\n').length > 350).map((f) => relative(ROOT, join(ROOT, f)));
    expect(long).toEqual([]);
  });

  it('page HTML is injected only in the reader body, which sanitizes it again', () => {
    const users = app.filter((f) => read(f).includes('dangerouslySetInnerHTML'));
    expect(users.every((f) => f.endsWith('ReaderBody.tsx'))).toBe(true);
  });
});
