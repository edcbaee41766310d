/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePage } from '../unit/xss-corpus/corpus';
import { badgeOf, E2E_BROWSER, launchExtension, storedClips, tabIdOf, type ExtensionBrowser } from './harness/extension';

// The extension makes no network requests of its own: every request Chromium reports during a full
// session (detect, clip, tag, search, open the library and the reader, export) is recorded with the
// context that made it (service worker, extension page, or web page), and the web server logs what
// it served. The article has no subresources, so anything beyond its own navigation from the page
// would come from our content scripts.

interface Recorded {
  url: string;
  from: string;
  navigation: boolean;
}

const ARTICLE_PATH = '/news/2024/05/01/quiet-article';

async function startServer(): Promise<{ origin: string; log: string[]; close: () => Promise<void> }> {
  const log: string[] = [];
  const html = hostilePage({ headline: 'Quiet article about the harbour dredging plan' });
  const server: Server = createServer((req, res) => {
    log.push(req.url ?? '');
    if (req.url === ARTICLE_PATH) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  const { port } = address;
  return { origin: `http://127.0.0.1:${port}`, log, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function contextOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `worker ${worker.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

/** Permissions as README.md documents them: `| \`name\` | why |` rows of the Permissions table. */
function documentedPermissions(): { permissions: string[]; hosts: string[] } {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const section = /^## Permissions\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const permissions: string[] = [];
  const hosts: string[] = [];
  for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
    const first = row.split('|')[1] ?? '';
    const names = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    if (names[0] === 'host_permissions') hosts.push(...names.slice(1));
    else permissions.push(...names);
  }
  return { permissions, hosts };
}

describe('no network requests by the extension; the permissions it asks for', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const recorded: Recorded[] = [];

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension();
    ext.context.on('request', (request) => {
      recorded.push({ url: request.url(), from: contextOf(request), navigation: request.isNavigationRequest() });
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const isExtension = (url: string) => url.startsWith(`${ext.extensionOrigin}/`) || url.startsWith('blob:') || url.startsWith('data:');

  it(
    E2E_BROWSER === 'firefox'
      ? 'the recorder sees requests from extension pages, and (Firefox, where BiDi shows no background requests) the trap proxy sees the background page\'s'
      : 'the recorder sees requests from the service worker and from extension pages',
    async () => {
      const outward = ext.outwardRequests;
      if (outward) {
        await ext.worker.evaluate(async (url) => {
          const background = await chrome.runtime.getBackgroundPage();
          if (!background) throw new Error('no background page');
          await background.fetch(url).then(
            () => undefined,
            () => undefined,
          );
        }, 'http://probe.invalid/probe-background');
        expect(outward).toContain('http://probe.invalid/probe-background');
      } else {
        await ext.worker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), `${server.origin}/probe-worker`);
      }
      const page = await ext.openExtensionPage('popup.html');
      await page.evaluate((url) => fetch(url).then(() => undefined, () => undefined), `${server.origin}/probe-page`);
      const kindOf = (from: string) => (from.startsWith('worker') ? 'worker' : from.startsWith(`${ext.extensionOrigin}/`) ? 'extension page' : from);
      await expect
        .poll(() => recorded.filter((r) => r.url.includes('/probe-')).map((r) => kindOf(r.from)).sort())
        .toEqual(outward ? ['extension page'] : ['extension page', 'worker']);
      await page.close();
      recorded.length = 0;
      server.log.length = 0;
      outward?.splice(0);
    },
  );

  it('makes none during detect, clip, tag, search, library, reader and export', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.origin + ARTICLE_PATH);
    const tabId = await tabIdOf(ext, article.url());
    await expect.poll(async () => (await badgeOf(ext, tabId)).text, { timeout: 10_000 }).toBe('●');

    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('clip-button').click();
    await expect.poll(() => popup.getByTestId('clip-result').getAttribute('data-status'), { timeout: 30_000 }).toBe('created');
    await popup.getByTestId('tag-input').fill('harbour');
    await popup.getByTestId('tag-input').press('Enter');
    await expect.poll(async () => (await storedClips(ext))[0]?.tags).toEqual(['harbour']);
    await popup.getByTestId('search-input').fill('dredging');
    await expect.poll(() => popup.getByTestId('clip-item').count()).toBe(1);
    await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-markdown').click()]);

    const library = await ext.openExtensionPage('library.html');
    await expect.poll(() => library.getByTestId('library-row').count()).toBe(1);
    await library.getByTestId('library-search').fill('harbour');
    await expect.poll(() => library.getByTestId('library-count').getAttribute('data-count')).toBe('1');
    await library.getByTestId('library-open').click();
    await expect.poll(() => library.getByTestId('reader').getAttribute('data-state')).toBe('ready');
    await library.getByTestId('reader-close').click();
    for (const format of ['html', 'json', 'markdown-zip']) {
      await library.getByTestId('export-format').selectOption(format);
      await Promise.all([library.waitForEvent('download'), library.getByTestId('export-run').click()]);
    }
    await article.reload(); // the detector runs again, now on a clipped page
    await expect.poll(async () => (await badgeOf(ext, tabId)).text, { timeout: 10_000 }).toBe('✓');
    await library.waitForTimeout(500); // stragglers (lazy images, beacons) would show up by now

    const fromExtension = recorded.filter((r) => r.from.startsWith('worker') || r.from.startsWith(`${ext.extensionOrigin}/`));
    const outward = fromExtension.filter((r) => !isExtension(r.url));
    const fromPage = recorded.filter((r) => r.from.startsWith(server.origin) && !(r.navigation && r.url === server.origin + ARTICLE_PATH));
    expect(fromExtension.length).toBeGreaterThan(0); // the extension pages' own files were seen
    expect(outward).toEqual([]);
    expect(fromPage).toEqual([]);
    expect(server.log.filter((path) => path !== ARTICLE_PATH && path !== '/favicon.ico')).toEqual([]);
    // Firefox: nothing from any context (background included) tried to leave the machine.
    if (ext.outwardRequests) expect(ext.outwardRequests).toEqual([]);
  });

  it('asks for exactly the permissions README.md documents, with a strict CSP and nothing exposed to pages', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    const documented = documentedPermissions();
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...documented.permissions].sort());
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...documented.hosts].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    const policy = manifest.content_security_policy;
    const csp = typeof policy === 'string' ? policy : (policy?.extension_pages ?? '');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
