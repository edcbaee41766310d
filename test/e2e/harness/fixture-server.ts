import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const E2E_PAGES = join(import.meta.dirname, '..', 'pages');

/** A running fixture server and how to reach a page on it. */
export interface FixtureServer {
  origin: string;
  /** URL of a fixture page on 127.0.0.1, at the same path (and query) as on its real site. */
  urlOf(name: string): string;
  close(): Promise<void>;
}

function truthPath(name: string): string {
  try {
    const truth: unknown = JSON.parse(readFileSync(join(ROOT, `${name}.truth.json`), 'utf8'));
    if (typeof truth === 'object' && truth && 'url' in truth && typeof truth.url === 'string') {
      const url = new URL(truth.url);
      return url.pathname + url.search;
    }
  } catch {
    // pages without a truth file are served under their own name
  }
  return `/${name}.html`;
}

/** Serve `test/fixtures/pages` and `test/e2e/pages` on 127.0.0.1 (ephemeral port), each page at its real-site path. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const dir of [ROOT, E2E_PAGES]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const name = basename(file, '.html');
      const path = dir === ROOT ? truthPath(name) : `/${name}.html`;
      routes.set(path, join(dir, file));
      byName.set(name, path);
    }
  }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = routes.get(url.pathname + url.search) ?? routes.get(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    urlOf(name) {
      const path = byName.get(name);
      if (!path) throw new Error(`no fixture page named ${name}`);
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
