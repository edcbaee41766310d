import { join } from 'node:path';

/** Where `npm run bench:detect` saves the signals measured on live pages, for `fit-detector.ts --live`. */
export const LIVE_SIGNALS = join(import.meta.dirname, '..', '..', '.output', 'bench', 'detect-live-signals.json');
