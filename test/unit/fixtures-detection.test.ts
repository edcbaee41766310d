import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/detect/detect-article';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const MIN_ACCURACY = 0.97;

interface Truth {
  url?: string;
  isArticle: boolean;
}

function readTruth(path: string): Truth | null {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof value !== 'object' || value === null || !('isArticle' in value) || typeof value.isArticle !== 'boolean') return null;
  const url = 'url' in value && typeof value.url === 'string' ? value.url : undefined;
  return { url, isArticle: value.isArticle };
}

interface Judged {
  name: string;
  expected: boolean;
  actual: boolean;
  score: number;
}

async function judge(name: string, truth: Truth): Promise<Judged> {
  const html = readFileSync(join(PAGES, `${name}.html`), 'utf8');
  const window = new Window({ url: truth.url ?? 'https://example.com/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    // happy-dom's Document implements the DOM Document interface the detector reads.
    const verdict = detectArticle(doc as unknown as Document, truth.url);
    return { name, expected: truth.isArticle, actual: verdict.isArticle, score: verdict.score };
  } finally {
    await window.happyDOM.close();
  }
}

describe('detection on the labelled fixture corpus', () => {
  it(`classifies at least ${MIN_ACCURACY * 100}% of pages correctly`, async () => {
    const names = readdirSync(PAGES)
      .filter((file) => file.endsWith('.html') && existsSync(join(PAGES, file.replace(/\.html$/, '.truth.json'))))
      .map((file) => file.replace(/\.html$/, ''))
      .sort();
    const results: Judged[] = [];
    for (const name of names) {
      const truth = readTruth(join(PAGES, `${name}.truth.json`));
      if (truth) results.push(await judge(name, truth));
    }
    const tp = results.filter((r) => r.expected && r.actual).length;
    const tn = results.filter((r) => !r.expected && !r.actual).length;
    const fp = results.filter((r) => !r.expected && r.actual).length;
    const fn = results.filter((r) => r.expected && !r.actual).length;
    const accuracy = (tp + tn) / results.length;
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const wrong = results.filter((r) => r.expected !== r.actual);
    console.log(
      [
        `detection corpus: ${results.length} pages (${tp + fn} articles, ${tn + fp} non-articles)`,
        `accuracy ${accuracy.toFixed(3)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`,
        ...wrong.map((r) => `  misjudged ${r.name}: expected ${r.expected ? 'article' : 'not-article'}, score ${r.score.toFixed(2)}`),
      ].join('\n'),
    );
    // The corpus itself is part of the contract: at least 30 of each kind, in all six languages.
    expect(results.filter((r) => r.expected).length).toBeGreaterThanOrEqual(30);
    expect(results.filter((r) => !r.expected).length).toBeGreaterThanOrEqual(30);
    expect(new Set(results.map((r) => r.name.split('--')[0])).size).toBeGreaterThanOrEqual(6);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  }, 60_000);
});
