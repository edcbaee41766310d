import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The Firefox build passes Mozilla's linter (web-ext lint, offline) with no errors. It needs the
// build, like the Chromium tests: `npm run build` makes both.

const ROOT = join(import.meta.dirname, '..', '..');
const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv3');
const WEB_EXT = join(ROOT, 'node_modules', '.bin', 'web-ext');

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
}

interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

function isReport(value: unknown): value is LintReport {
  return typeof value === 'object' && value !== null && 'summary' in value && 'errors' in value && Array.isArray(value.errors);
}

describe('Firefox build', () => {
  it('passes web-ext lint with no errors and no eval/remote-code warnings', async () => {
    if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) {
      throw new Error(`No Firefox build in ${FIREFOX_DIR}: run \`npm run build\` (or \`npx wxt build -b firefox\`) first`);
    }
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    const { stdout } = await promisify(execFile)(WEB_EXT, ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: unknown) => ({ stdout: String(Reflect.get(Object(error), 'stdout') ?? '') }));
    const report: unknown = JSON.parse(stdout);
    if (!isReport(report)) throw new Error(`unexpected web-ext output: ${stdout.slice(0, 200)}`);
    expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // Warnings that would mean code from outside the package, or eval, reaching the extension.
    expect(report.warnings.filter((m) => /EVAL|REMOTE|CSP|FUNCTION_CTOR/.test(m.code))).toEqual([]);
  }, 60_000);
});
