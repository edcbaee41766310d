/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { JSDOM } from 'jsdom';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_TEMPLATE } from '../../utils/export/template';
import { SANITIZE_CONFIG } from '../../utils/extract/sanitize';
import { domProblems, filenameProblems, frontMatterProblems, isUnsafeUrl, markdownProblems, splitFrontMatter } from '../unit/xss-corpus/checks';
import { hostilePage, wrapBodyVector, XSS_CORPUS } from '../unit/xss-corpus/corpus';
import { launchExtension, storedClips, tabIdOf, type ExtensionBrowser } from './harness/extension';

// One hostile page carrying every body and head vector of the corpus (and a title mixing front-matter
// injection, markup and path tricks) is clipped through the popup, opened in the library list and
// the reader, and exported as Markdown and HTML. Vectors call `window.__pwned=1`: the canary must
// stay unset in every extension page and in the exported page, no Content-Security-Policy violation
// (a blocked attempt to run something) may be logged by an extension page, and the stored and
// exported data must hold nothing executable.

const BODY_VECTORS = XSS_CORPUS.filter((vector) => vector.place === 'body');
const HEAD_VECTORS = XSS_CORPUS.filter((vector) => vector.place === 'head');
const HOSTILE_TITLE = '../<img src=x onerror=window.__pwned=1> Budget: vote\n---\nevil: true';
const CLIP_ALLOW_LIST = { tags: SANITIZE_CONFIG.ALLOWED_TAGS, attrs: SANITIZE_CONFIG.ALLOWED_ATTR };
const READER_ATTRS = ['target', 'rel', 'loading', 'referrerpolicy'];

function hostileHtml(): string {
  return hostilePage({
    headline: HOSTILE_TITLE,
    head: HEAD_VECTORS.map((vector) => vector.payload).join('\n'),
    body: BODY_VECTORS.map(wrapBodyVector).join('\n'),
  });
}

interface HostileServer {
  origin: string;
  /** Serve a page (the exported HTML) at `/exported.html`. */
  serveExported(html: string): void;
  close: () => Promise<void>;
}

async function startHostileServer(): Promise<HostileServer> {
  const html = hostileHtml();
  let exported = '';
  const server: Server = createServer((req, res) => {
    const page = req.url?.startsWith('/news/hostile') ? html : req.url === '/exported.html' ? exported : undefined;
    if (page === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  const { port } = address;
  return {
    origin: `http://127.0.0.1:${port}`,
    serveExported: (page) => {
      exported = page;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function bodyOf(html: string): HTMLElement {
  return new JSDOM(`<!doctype html><body>${html}`).window.document.body;
}

/** The canary and the document title of a page (both set by payloads that run). */
async function canaryOf(page: Page): Promise<{ pwned: unknown; title: string }> {
  return page.evaluate(() => ({ pwned: Reflect.get(window, '__pwned'), title: document.title }));
}

describe('hostile page: nothing runs in the extension, nothing executable is stored or exported', () => {
  let ext: ExtensionBrowser;
  let server: HostileServer;
  const violations: string[] = [];

  beforeAll(async () => {
    server = await startHostileServer();
    ext = await launchExtension();
    // A payload that reached an extension page and was stopped by the CSP still logs a violation.
    ext.context.on('console', (message: ConsoleMessage) => {
      const url = message.page()?.url() ?? '';
      if (url.startsWith(`${ext.extensionOrigin}/`) && /Content Security Policy|Refused to/i.test(message.text())) {
        violations.push(`${url}: ${message.text()}`);
      }
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the canaries work: an injected handler in an extension page is blocked by the CSP and logged', async () => {
    const probe = await ext.openExtensionPage('popup.html');
    await probe.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned=1');
      img.src = 'x';
      document.body.append(img);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect((await canaryOf(probe)).pwned).toBeUndefined();
    await probe.close();
    violations.length = 0;
  });

  it(`clips, lists, reads and exports a page carrying ${BODY_VECTORS.length + HEAD_VECTORS.length + 1} vectors`, async () => {
    const article = await ext.context.newPage();
    await article.goto(`${server.origin}/news/hostile?id=1`);
    // Every body vector was parsed into the page (none swallowed the ones after it).
    expect(await article.locator('[data-vector]').count()).toBe(BODY_VECTORS.length);
    // The page's own scripts run in the page: that is the stranger's page, not ours.
    expect((await canaryOf(article)).pwned).toBe(1);

    const tabId = await tabIdOf(ext, article.url());
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('clip-button').click();
    await expect.poll(() => popup.getByTestId('clip-result').getAttribute('data-status'), { timeout: 30_000 }).toBe('created');

    // Stored data: sanitized HTML within the allow-list, Markdown without raw HTML or unsafe links.
    const [clip] = await storedClips(ext);
    if (!clip) throw new Error('nothing stored');
    expect(String(clip.text)).toContain('The city council approved the new budget');
    expect(domProblems(bodyOf(String(clip.html)), { allowList: CLIP_ALLOW_LIST })).toEqual([]);
    expect(markdownProblems(String(clip.markdown))).toEqual([]);
    for (const field of ['url', 'canonicalUrl', 'leadImage'] as const) {
      const value = clip[field];
      if (value !== null) expect(isUnsafeUrl(String(value)) || !/^https?:\/\//.test(String(value)), `${field} ${String(value)}`).toBe(false);
    }
    const title = String(clip.title);
    expect(title).toContain('<img src=x onerror=window.__pwned=1>'); // kept as text, shown as text

    // The popup shows the title as text in the result and the recent list.
    await expect.poll(() => popup.getByTestId('clip-item').count()).toBe(1);
    expect(await popup.locator('main img, main script, main iframe, main svg').count()).toBe(0);
    expect(await popup.getByTestId('clip-item').textContent()).toContain('<img src=x onerror');

    // Markdown export from the popup.
    const [markdownDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-markdown').click()]);
    const markdown = readFileSync(await markdownDownload.path(), 'utf8');
    const filename = (await popup.getByTestId('export-result').getAttribute('data-filename')) ?? '';
    expect(filenameProblems(filename)).toEqual([]);
    expect(frontMatterProblems(markdown, DEFAULT_EXPORT_TEMPLATE.frontMatter.map((p) => p.key), title)).toEqual([]);
    expect(markdownProblems(splitFrontMatter(markdown)?.body ?? '')).toEqual([]);

    // The library list and the reader.
    const library = await ext.openExtensionPage('library.html');
    await expect.poll(() => library.getByTestId('library-row').count()).toBe(1);
    expect(await library.getByTestId('library-open').textContent()).toContain('<img src=x onerror');
    expect(await library.locator('.library img, .library script, .library iframe').count()).toBe(0);
    await library.getByTestId('library-open').click();
    await expect.poll(() => library.getByTestId('reader').getAttribute('data-state')).toBe('ready');
    await library.mouse.move(200, 300); // hover-triggered handlers would fire now
    const readerHtml = await library.getByTestId('reader-body').innerHTML();
    expect(readerHtml).toContain('The city council approved the new budget');
    expect(domProblems(bodyOf(readerHtml), { allowList: CLIP_ALLOW_LIST, extraAttrs: READER_ATTRS })).toEqual([]);
    expect(await library.getByTestId('reader-title').textContent()).toBe(title);

    // The reader opened directly by its address, as a bookmark or the popup would.
    const reader = await ext.openExtensionPage(`library.html#/clip/${String(clip.id)}`);
    await expect.poll(() => reader.getByTestId('reader').getAttribute('data-state')).toBe('ready');

    // HTML export from the library, then opened as a page of its own.
    await library.getByTestId('reader-close').click();
    await library.getByTestId('export-format').selectOption('html');
    const [htmlDownload] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-run').click()]);
    const exported = readFileSync(await htmlDownload.path(), 'utf8');
    const exportedDoc = new JSDOM(exported).window.document;
    expect(domProblems(exportedDoc.body, { allowList: { tags: [...SANITIZE_CONFIG.ALLOWED_TAGS, 'main', 'aside'], attrs: [...SANITIZE_CONFIG.ALLOWED_ATTR, 'rel'] } })).toEqual([]);
    const viewer = await ext.context.newPage();
    server.serveExported(exported);
    await viewer.goto(`${server.origin}/exported.html`);
    expect(await viewer.locator('article').count()).toBe(1);
    await viewer.mouse.move(200, 300);

    // The canary never fired anywhere we render the clip.
    for (const page of [popup, library, reader, viewer]) {
      expect(await canaryOf(page), page.url()).toMatchObject({ pwned: undefined });
    }
    expect(await canaryOf(popup)).toMatchObject({ title: 'Gleaner' });
    expect(violations).toEqual([]);
  });
});
