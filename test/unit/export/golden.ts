import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/**
 * Compare output with `golden/<name>`. Missing files are an error; run with UPDATE_GOLDEN=1 to
 * (re)write them, then review the diff like any other code change.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`Golden file ${name} is missing; run with UPDATE_GOLDEN=1 and review it.`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
