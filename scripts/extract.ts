import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Clip } from '../utils/db/clip';
import { detectArticle } from '../utils/detect/detect-article';
import { isExtractionError } from '../utils/extract/errors';
import { extractClip } from '../utils/extract/pipeline';
import { formatClips, isTextFormat, TEXT_FORMATS } from '../utils/export/format-clips';
import { clipToMarkdownFile } from '../utils/export/markdown';
import { parseHtml, readHtmlFile } from './bench/lib/load-html';
import type { Removal } from '../utils/extract/guard/removal-log';

// `npm run -s extract -- [--json | --format F] [--url URL] FILE...`: the extension's pipeline on saved pages.
// --explain lists on stderr each block a removal rule removed (or the content guard kept) and the rule.
// --format writes all the files' clips in one export format, with the extension's export functions.
// Without --url, a page's own canonical/og:url names it (saved pages keep those), else its file URL.

const USAGE = `usage: npm run -s extract -- [--json | --format ${TEXT_FORMATS.join('|')}] [--explain] [--url URL] FILE...`;

/** One line per removal report: the rule, what it removed (or the guard that kept it) and its text. */
function explainLines(file: string, removals: readonly Removal[]): string {
  const lines = removals.map((r) => `${r.keptBy ? `kept (${r.keptBy})` : 'removed'}\t${r.rule}\t<${r.tag}>\t${r.text}`);
  return `# ${file}: ${removals.filter((r) => !r.keptBy).length} removed, ${removals.filter((r) => r.keptBy).length} kept by the guard\n${lines.join('\n')}\n`;
}

function pageUrlOf(html: string, file: string): string {
  const declared =
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html)?.[1] ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical/i.exec(html)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  if (declared && /^https?:\/\//i.test(declared)) return declared;
  return pathToFileURL(resolve(file)).href;
}

function asClip(draft: ReturnType<typeof extractClip>, id = 0): Clip {
  const now = Date.now();
  return { ...draft, id, clippedAt: now, updatedAt: now, tags: [], note: '' };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      url: { type: 'string' },
      explain: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const format = values.format;
  if (format !== undefined && !isTextFormat(format)) {
    process.stderr.write(`unknown format ${format}\n${USAGE}\n`);
    return 2;
  }
  const collected: Clip[] = [];
  let failures = 0;
  for (const file of positionals) {
    let html: string;
    try {
      html = readHtmlFile(file);
    } catch (error) {
      process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      failures++;
      continue;
    }
    const url = values.url ?? pageUrlOf(html, file);
    const page = parseHtml(html, url);
    try {
      const verdict = detectArticle(page.doc, url);
      const removals: Removal[] = [];
      const clip = extractClip(page.doc, { url, window: page.view, removals });
      // The explanation goes to stderr: stdout stays the clip (or export) it explains.
      if (values.explain) process.stderr.write(explainLines(file, removals));
      if (format) {
        collected.push(asClip(clip, collected.length + 1));
      } else if (values.json) {
        const { title, byline, published, siteName, lang, canonicalUrl, leadImage, excerpt, text, markdown } = clip;
        const row = { file, isArticle: verdict.isArticle, title, byline, published, siteName, lang, canonicalUrl, leadImage, excerpt, textContent: text, markdown };
        process.stdout.write(`${JSON.stringify(row)}\n`);
      } else {
        process.stdout.write(clipToMarkdownFile(asClip(clip)).content);
      }
    } catch (error) {
      failures++;
      const message = isExtractionError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      process.stderr.write(`${file}: ${message}\n`);
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ file, isArticle: detectArticle(page.doc, url).isArticle, error: message })}\n`);
      }
    } finally {
      await page.close();
    }
  }
  if (format && collected.length > 0) process.stdout.write(formatClips(collected, format));
  return failures ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
