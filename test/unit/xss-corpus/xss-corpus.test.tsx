// @vitest-environment jsdom
// jsdom's HTML parser follows the spec (as Chromium's does), which matters for mutation-XSS vectors:
// happy-dom's parser drops wrapper elements and would test a different DOM than the browser's.
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { sanitizeForReader } from '../../../components/library/ReaderBody';
import { ClipList } from '../../../components/popup/ClipList';
import { ClipResult } from '../../../components/popup/ClipResult';
import type { Clip } from '../../../utils/db/clip';
import { getClip, saveClip } from '../../../utils/db/clips';
import { collectBytes, markdownZipChunks } from '../../../utils/export/bundle';
import { clipsToHtml } from '../../../utils/export/html';
import { createHtmlSanitizer } from '../../../utils/export/html-sanitizer';
import { clipToMarkdownFile } from '../../../utils/export/markdown';
import { DEFAULT_EXPORT_TEMPLATE } from '../../../utils/export/template';
import { extractClip } from '../../../utils/extract/pipeline';
import { SANITIZE_CONFIG } from '../../../utils/extract/sanitize';
import type { ClipMode } from '../../../utils/extract/types';
import { useFreshDb } from '../helpers/fresh-db';
import { domProblems, filenameProblems, frontMatterProblems, isUnsafeUrl, markdownProblems, splitFrontMatter } from './checks';
import { pageForVector, XSS_CORPUS, type XssVector } from './corpus';

const URL_OF_PAGE = 'https://news.example.com/2024/05/01/council-budget';
const FRONT_MATTER_KEYS = DEFAULT_EXPORT_TEMPLATE.frontMatter.map((property) => property.key);
const CLIP_ALLOW_LIST = { tags: SANITIZE_CONFIG.ALLOWED_TAGS, attrs: SANITIZE_CONFIG.ALLOWED_ATTR };
// The reader adds these itself after sanitizing (new tab, no opener/referrer, lazy images).
// data-remote-src holds an image URL the reader has not loaded (it is inert: no element reads it as a source).
const READER_ATTRS = ['target', 'rel', 'loading', 'referrerpolicy', 'data-remote-src'];
// The HTML export's own page structure around the sanitized bodies.
const EXPORT_ALLOW_LIST = {
  tags: [...SANITIZE_CONFIG.ALLOWED_TAGS, 'main', 'aside'],
  attrs: [...SANITIZE_CONFIG.ALLOWED_ATTR, 'rel'],
};

function parseBody(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

function load(html: string): JSDOM {
  return new JSDOM(html, { url: URL_OF_PAGE });
}

function selectionOf(dom: JSDOM): DocumentFragment {
  const range = dom.window.document.createRange();
  const article = dom.window.document.querySelector('article');
  if (!article) throw new Error('the hostile page has no article');
  range.selectNodeContents(article);
  return range.cloneContents();
}

/** Extract in one mode, save through the repository and read the stored record back. */
async function clipAndStore(html: string, mode: ClipMode): Promise<Clip> {
  const dom = load(html);
  const view: Window = dom.window as unknown as Window; // jsdom's window is a DOM Window
  const draft = extractClip(dom.window.document, {
    url: URL_OF_PAGE,
    mode,
    selection: mode === 'selection' ? selectionOf(dom) : null,
    window: view,
  });
  const { clip } = await saveClip({ ...draft, canonicalUrl: `${draft.canonicalUrl}#${mode}` });
  const stored = await getClip(clip.id);
  if (!stored) throw new Error('the clip was not stored');
  return stored;
}

/** Everything a stored clip offers for display or export, checked for executable forms. */
async function problemsOfClip(clip: Clip): Promise<string[]> {
  const problems: string[] = [];
  const tag = (where: string, found: readonly string[]) => problems.push(...found.map((p) => `${where}: ${p}`));

  tag('stored html', domProblems(parseBody(clip.html).body, { allowList: CLIP_ALLOW_LIST }));
  tag('stored markdown', markdownProblems(clip.markdown));
  for (const [field, value] of [['url', clip.url], ['canonicalUrl', clip.canonicalUrl], ['leadImage', clip.leadImage]] as const) {
    if (value !== null && (isUnsafeUrl(value) || !/^https?:\/\//.test(value))) problems.push(`stored ${field}: ${value}`);
  }

  const file = clipToMarkdownFile(clip);
  tag('markdown filename', filenameProblems(file.filename));
  tag('front matter', frontMatterProblems(file.content, FRONT_MATTER_KEYS, clip.title));
  tag('exported markdown body', markdownProblems(splitFrontMatter(file.content)?.body ?? file.content));

  const zip = unzipSync(await collectBytes(markdownZipChunks([clip], { folder: 'Gleaner' })));
  for (const name of Object.keys(zip)) tag(`zip entry ${name}`, filenameProblems(name));

  const page = new DOMParser().parseFromString(clipsToHtml([clip], { sanitize: createHtmlSanitizer(window) }), 'text/html');
  const headTags = [...page.head.children].map((el) => el.localName);
  if (headTags.some((tag) => !['meta', 'title', 'style'].includes(tag))) problems.push(`html export head: ${headTags.join(',')}`);
  if (page.title !== (clip.title || 'Untitled').replace(/\s+/g, ' ').trim()) problems.push(`html export title: ${page.title}`);
  tag('html export body', domProblems(page.body, { allowList: EXPORT_ALLOW_LIST }));

  tag('reader', domProblems(parseBody(sanitizeForReader(clip.html)).body, { allowList: CLIP_ALLOW_LIST, extraAttrs: READER_ATTRS }));

  // Titles and site names are text wherever the popup shows them: the rendered elements are the same
  // as for a plain title, and the hostile title is there as text.
  const shape = (shown: Clip): { tags: string; text: string } => {
    const root = document.createElement('div');
    render(
      <>
        <ClipList entries={[{ id: shown.id, title: shown.title, siteName: shown.siteName }]} emptyText="" onOpen={() => undefined} />
        <ClipResult outcome={{ ok: true, status: 'created', clip: shown }} onFallback={() => undefined} />
      </>,
      root,
    );
    const result = { tags: [...root.querySelectorAll('*')].map((el) => el.localName).join(','), text: root.textContent ?? '' };
    render(null, root);
    return result;
  };
  const plain = shape({ ...clip, title: 'Plain', siteName: 'Site' });
  const shown = shape(clip);
  if (shown.tags !== plain.tags) problems.push(`popup elements differ: ${shown.tags}`);
  if (clip.title && !shown.text.includes(clip.title)) problems.push('popup does not show the title as text');
  return problems;
}

describe('XSS corpus', () => {
  useFreshDb();

  it('holds at least 50 named hostile inputs with unique names', () => {
    const names = XSS_CORPUS.map((vector) => vector.name);
    expect(names.length).toBeGreaterThanOrEqual(50);
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(XSS_CORPUS.map((vector): [string, XssVector] => [vector.name, vector]))('%s', (_name, vector) => {
    it('leaves nothing executable in the stored clip, its exports or the reader (article, page and selection modes)', async () => {
      const html = pageForVector(vector);
      const problems: string[] = [];
      for (const mode of ['article', 'page', 'selection'] as const) {
        const clip = await clipAndStore(html, mode);
        expect(clip.text).toContain('The city council approved the new budget');
        problems.push(...(await problemsOfClip(clip)).map((p) => `${mode} — ${p}`));
      }
      expect(problems).toEqual([]);
    });

    if (vector.place === 'body') {
      it('is neutralized by the reader and the HTML export even when stored unsanitized (hostile backup)', () => {
        const reader = sanitizeForReader(vector.payload);
        expect(domProblems(parseBody(reader).body, { allowList: CLIP_ALLOW_LIST, extraAttrs: READER_ATTRS })).toEqual([]);
        const exported = createHtmlSanitizer(window)(vector.payload);
        expect(domProblems(parseBody(exported).body, { allowList: CLIP_ALLOW_LIST })).toEqual([]);
      });
    }
  });
});

describe('the checks themselves catch what they claim to', () => {
  it('flags executable HTML', () => {
    const doc = parseBody('<img src=x onerror=alert(1)><a href="jav&#x09;ascript:alert(1)">x</a><div style="position:fixed"></div><svg></svg>');
    expect(domProblems(doc.body)).toEqual([
      '<img onerror> event handler',
      '<a href="jav\tascript:alert(1)"> unsafe URL',
      '<div style> attribute',
      '<svg> element',
    ]);
  });

  it('flags raw HTML, autolinks and unsafe destinations in Markdown, but not inside code', () => {
    expect(markdownProblems('text <img src=x onerror=alert(1)> and <javascript:alert(1)>')).toHaveLength(2);
    expect(markdownProblems('[x](javascript:alert(1)) ![y](data:text/html,z)')).toHaveLength(2);
    expect(markdownProblems('[r]: javascript:alert(1)')).toHaveLength(1);
    expect(markdownProblems('```\n<script>\n```\n`<b>` and \\<i> [ok](https://a.example/x "<b>")')).toEqual([]);
    expect(markdownProblems('~~~~\n```\n~~~~\n<img src=x onerror=1>')).toHaveLength(1);
  });

  it('flags injected front-matter keys and unsafe paths', () => {
    expect(frontMatterProblems('---\ntitle: a\nevil: true\n---\n', ['title'], 'a')).toHaveLength(1);
    expect(filenameProblems('../etc/passwd.md')).toContain('segment ".."');
    expect(filenameProblems('CON.md')).toContain('reserved device name "CON.md"');
    expect(filenameProblems('a\u202Egnp.md')).toContain('bidi control');
  });
});
