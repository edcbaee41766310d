import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A fixture's text. */
export function fixtureText(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

/** A fixture's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, name)));
}

/** The unit tests' HTML parser (happy-dom's DOMParser: an inert document). */
export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
