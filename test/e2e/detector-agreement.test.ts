import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/bench/lib/load-html';
import { judgeLive, refuseOutsideLoopback, type LivePage } from '../../scripts/lib/live-verdicts';
import { detectArticle } from '../../utils/detect/detect-article';
import { launchExtension, type ExtensionBrowser } from './harness/extension';

// Verdicts must not depend on which DOM runs the detector: every labelled fixture, opened live in
// Chromium with the built extension (page scripts on, nothing outside 127.0.0.1), must get the same
// badge as the detector gives it on happy-dom, the CLI's DOM.

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');

interface Fixture extends LivePage {
  isArticle: boolean;
}

function labelledFixtures(): Fixture[] {
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .flatMap((file) => {
      const id = file.replace('.truth.json', '');
      const truth: unknown = JSON.parse(readFileSync(join(PAGES, file), 'utf8'));
      if (typeof truth !== 'object' || truth === null || !('isArticle' in truth) || typeof truth.isArticle !== 'boolean') return [];
      const url = 'url' in truth && typeof truth.url === 'string' ? truth.url : `https://fixture.invalid/${id}.html`;
      return [{ id, url, isArticle: truth.isArticle, html: readFileSync(join(PAGES, `${id}.html`), 'utf8') }];
    });
}

async function nodeVerdict(page: Fixture): Promise<boolean> {
  const loaded = parseHtml(page.html, page.url);
  try {
    return detectArticle(loaded.doc, page.url).isArticle;
  } finally {
    await loaded.close();
  }
}

describe('detector agreement: live Chromium tab versus the Node DOM', () => {
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    ext = await launchExtension();
    await refuseOutsideLoopback(ext.context);
  });
  afterAll(() => ext?.close());

  it('gives every labelled fixture the same verdict in both', { timeout: 300_000 }, async () => {
    if (!ext) throw new Error('no browser');
    const fixtures = labelledFixtures();
    expect(fixtures.length).toBeGreaterThan(50);
    const live = await judgeLive(ext.context, ext.worker, fixtures, { concurrency: 4, settleMs: 3_000 });
    expect(live.filter((v) => !v.reported).map((v) => v.id)).toEqual([]);
    const disagreements: string[] = [];
    for (const fixture of fixtures) {
      const badge = live.find((v) => v.id === fixture.id)?.isArticle;
      const node = await nodeVerdict(fixture);
      if (badge !== node) disagreements.push(`${fixture.id}: live ${badge}, happy-dom ${node} (label ${fixture.isArticle})`);
    }
    expect(disagreements).toEqual([]);
  });
});
