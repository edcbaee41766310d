/**
 * `npm run bench`: every benchmark in turn, each rewriting its own marked section of BENCHMARKS.md.
 * Builds the extension first because the Chromium benchmarks load it.
 */
import { execSync } from 'node:child_process';

const steps = [
  'npm run -s build',
  'npm run -s bench:extract',
  'npx tsx scripts/bench/extraction-speed.ts',
  'npm run -s bench:detect',
  'npm run -s bench:metadata',
  'npm run -s bench:search',
  'npm run -s bench:export',
  'npm run -s bench:scroll',
  'npm run -s bench:highlights',
  'npm run -s bench:images',
  'npm run -s bench:import',
];
const failed: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step}`);
  try {
    execSync(step, { stdio: 'inherit' });
  } catch {
    failed.push(step);
  }
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
