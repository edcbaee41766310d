import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// BENCHMARKS.md holds one marker-delimited section per benchmark; each writer replaces only its own.

/** Replaces (or appends) the section between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`. */
export function writeBenchmarkSection(file: string, name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
