// The BENCHMARKS.md section `npm run bench:detect` writes: live (the shipped extension on a real
// tab), DOMParser and happy-dom verdicts side by side, where they disagree, and what detection costs.

/** One labelled page with every verdict the benchmark took. */
export interface ReportPage {
  id: string;
  url: string;
  type: string;
  isArticle: boolean;
  /** Chromium's DOMParser, scripts off. */
  ours: boolean;
  readerable: boolean;
  /** happy-dom, as the CLI parses pages. */
  happy: boolean;
  /** The toolbar badge of the built extension on the page opened live. */
  live?: boolean;
  /** The page has a `<style>` inside an inline `<svg>`, which happy-dom 21 mis-parses. */
  svgStyle: boolean;
}

/** Everything the section reports. */
export interface ReportData {
  version: string;
  credit: string;
  dev: readonly ReportPage[];
  fixtures: readonly ReportPage[];
  live?: { seconds: number; unreported: number; revisited?: number };
  liveTabs: number;
  timing: { first: number; median: number; p95: number; elements: number; pageKb: number; runs: number };
  medianDevKb: number;
  perPage: { median: number; p95: number };
  shippedBytes: number;
  shippedGzipBytes: number;
  detectorBytes: number;
}

type Said = (page: ReportPage) => boolean;

// From `npx tsx scripts/fit-detector.ts --live` (and without --live); the fit is not rerun here.
const CV_NOTE =
  "The weights were fitted by `scripts/fit-detector.ts` (L2-regularized logistic regression on standardized features, λ = 20) on these same pages plus the fixtures, so the accuracies above are training figures. Refitted on the signals measured on the live pages (`npx tsx scripts/fit-detector.ts --live`, after this benchmark saved them) the model does no better (training 95.0 % against the shipped weights' 95.3 % on the same live signals), so the shipped weights stay; the same script's 10-fold cross-validation on live signals (refitted per fold, fixtures always in training, averaged over 10 shuffles) gives **94.7 %** (range 94.3–95.3 %), the honest estimate for unseen pages of the benchmark.";

// Why the remaining live/DOMParser disagreements happen (checked page by page; none is a detector bug).
const SPLIT_NOTE =
  'Live and DOMParser differ only where the offline bench changes what the page does: a page whose scripts reload it in a loop when they cannot load (`location.reload`), so the content script never reaches document_idle and the badge stays unset; a forum app that, failing to boot offline, pours its `<noscript>` fallback into the page as prose. happy-dom differs from both where its parser stops early: each such page has a `<style>` inside an inline `<svg>` (column “svg style”), after which happy-dom 21 loses the rest of the body (the CLI parser is being fixed separately).';

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const mark = (said: boolean | undefined) => (said === undefined ? '–' : said ? 'article' : 'not');

function scores(pages: readonly ReportPage[], said: Said): { accuracy: number; precision: number; recall: number } {
  const tp = pages.filter((p) => p.isArticle && said(p)).length;
  const fp = pages.filter((p) => !p.isArticle && said(p)).length;
  const fn = pages.filter((p) => p.isArticle && !said(p)).length;
  const right = pages.filter((p) => p.isArticle === said(p)).length;
  return { accuracy: right / pages.length, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

function agreement(pages: readonly ReportPage[], withLive: boolean): string {
  const same = (a: Said, b: Said) => pages.filter((p) => a(p) === b(p)).length;
  const live: Said = (p) => p.live === true;
  const parts = [`DOMParser = happy-dom on ${same((p) => p.ours, (p) => p.happy)}`];
  if (withLive) {
    parts.unshift(`live = DOMParser on ${same(live, (p) => p.ours)}`, `live = happy-dom on ${same(live, (p) => p.happy)}`);
    parts.push(`all three on ${pages.filter((p) => p.live === p.ours && p.ours === p.happy).length}`);
  }
  return `${parts.join(', ')} of ${pages.length}`;
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.pathname}`.slice(0, 70);
  } catch {
    return '';
  }
}

/** The markdown body of the detection section. */
export function detectionReport(data: ReportData): string {
  const withLive = data.live !== undefined;
  const row = (name: string, pages: readonly ReportPage[], said: Said) => {
    const s = scores(pages, said);
    return `| ${name} | ${pct(s.accuracy)} | ${pct(s.precision)} | ${pct(s.recall)} |`;
  };
  const corpusRows = (label: string, pages: readonly ReportPage[]) => [
    ...(withLive ? [row(`**${label} · detectArticle, live (badge)**`, pages, (p) => p.live === true)] : []),
    row(`${label} · detectArticle, DOMParser`, pages, (p) => p.ours),
    row(`${label} · detectArticle, happy-dom (Node)`, pages, (p) => p.happy),
    row(`${label} · isProbablyReaderable, DOMParser`, pages, (p) => p.readerable),
  ];
  const devLive = scores(data.dev, (p) => p.live === true).accuracy;
  const devDom = scores(data.dev, (p) => p.ours).accuracy;
  const headline = withLive ? devLive : devDom;
  const types = [...new Set(data.dev.map((p) => p.type))].sort();
  const typeRow = (type: string) => {
    const group = data.dev.filter((p) => p.type === type);
    const right = (said: Said) => {
      const n = group.filter((p) => p.isArticle === said(p)).length;
      return `${n} (${pct(n / group.length)})`;
    };
    return `| ${type} | ${group.length} | ${withLive ? `${right((p) => p.live === true)} | ` : ''}${right((p) => p.ours)} | ${right((p) => p.readerable)} |`;
  };
  const split = [...data.dev, ...data.fixtures].filter((p) => p.ours !== p.happy || (withLive && p.live !== p.ours));
  const date = new Date().toISOString().slice(0, 10);
  return [
    '## Article detection (`npm run bench:detect`)',
    '',
    withLive
      ? `Headline: **live** — each page served on 127.0.0.1 at its real path and opened in a tab of headless Chromium ${data.version} with the built extension (\`.output/chrome-mv3\`), page scripts running, every request outside 127.0.0.1 refused; the verdict is the toolbar badge read from the service worker once the content script has reported and its re-check has had time (${data.liveTabs} tabs at once, ${Math.round(data.live?.seconds ?? 0)} s for ${data.dev.length + data.fixtures.length} pages; ${data.live?.revisited ?? 0} pages that missed the badge window visited again alone; ${data.live?.unreported ?? 0} pages never reported). Next to it the same detector on documents parsed by Chromium's DOMParser (no scripts, no layout) and by happy-dom (the CLI's path), and Readability 0.6's \`isProbablyReaderable\`. ${data.credit}. Fixtures: the labelled pages in \`test/fixtures/pages\` (ko/ja/zh/en/de/fr).`
      : `\`detectArticle\` (utils/detect) against Readability 0.6's \`isProbablyReaderable\` in headless Chromium ${data.version} on documents parsed by the browser's DOMParser (live mode skipped: \`--no-live\`). ${data.credit}.`,
    '',
    '| Corpus · detector | Accuracy | Precision | Recall |',
    '| --- | --- | --- | --- |',
    ...corpusRows(`detection-dev (${data.dev.length})`, data.dev),
    ...corpusRows(`fixtures (${data.fixtures.length})`, data.fixtures),
    '',
    `Target ≥ 95 % on detection-dev${withLive ? ', live' : ''}: ${headline >= 0.95 ? '✅' : '❌'} ${pct(headline)}. ${CV_NOTE}`,
    '',
    `Agreement — detection-dev: ${agreement(data.dev, withLive)}; fixtures: ${agreement(data.fixtures, withLive)}.`,
    '',
    `Pages where the verdicts differ (${split.length}). ${SPLIT_NOTE}`,
    '',
    '| Page | Type | Label | Live | DOMParser | happy-dom | svg style | Page URL |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...split.map((p) => `| ${p.id} | ${p.type} | ${mark(p.isArticle)} | ${mark(p.live)} | ${mark(p.ours)} | ${mark(p.happy)} | ${p.svgStyle ? 'yes' : ''} | ${pathOf(p.url)} |`),
    '',
    `| Page type (detection-dev) | Pages | ${withLive ? 'detectArticle live right | ' : ''}detectArticle DOMParser right | isProbablyReaderable right |`,
    `| --- | --- | ${withLive ? '--- | ' : ''}--- | --- |`,
    ...types.map(typeRow),
    '',
    '### Cost',
    '',
    '| Measure | Value | Budget |',
    '| --- | --- | --- |',
    `| Content script as shipped (\`.output/chrome-mv3/content-scripts/detector.js\`, wxt build, minified) | ${kb(data.shippedBytes)} (${kb(data.shippedGzipBytes)} gzip) | ${data.shippedBytes <= 15_000 ? '✅' : '❌'} ≤ 15 kB |`,
    `| of which the detector alone (esbuild --minify) | ${kb(data.detectorBytes)} | |`,
    `| Detection on a ${data.timing.pageKb} kB article page (${data.timing.elements} elements), median of ${data.timing.runs} warm runs | ${data.timing.median.toFixed(2)} ms (p95 ${data.timing.p95.toFixed(2)} ms) | ${data.timing.median <= 2 ? '✅' : '❌'} ≤ 2 ms |`,
    `| Same page, first (cold) run | ${data.timing.first.toFixed(2)} ms | |`,
    `| One run per detection-dev page (${data.dev.length} pages, median size ${data.medianDevKb} kB, DOMParser) | median ${data.perPage.median.toFixed(2)} ms, p95 ${data.perPage.p95.toFixed(2)} ms | |`,
    '',
    'The content script runs the detector at most three times per page load (at document_idle, once after load + idle, and once more 2 s later if the page still looks like no article); each run costs the figure above.',
    '',
    `Command: \`npm run bench:detect\`${withLive ? '' : ' -- --no-live'}, ${date}. Machine: 2 shared cores; timings swing with other jobs.`,
  ].join('\n');
}
