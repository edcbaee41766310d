import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/db/clip';
import { clipsToCombinedMarkdown } from '../../../utils/export/combined';
import { clipsToCslItems } from '../../../utils/export/csl';
import { highlightsToMarkdown, markInline, type HighlightLookup } from '../../../utils/export/highlights-markdown';
import { clipMarkdownContent } from '../../../utils/export/markdown';
import { DEFAULT_EXPORT_TEMPLATE } from '../../../utils/export/template';
import { textFragmentUrl } from '../../../utils/export/text-fragment';
import { highlightsToWebAnnotations } from '../../../utils/export/web-annotations';
import { describeRange, normalizeText, type Highlight, type HighlightColor } from '../../../utils/highlights';
import { expectGolden } from './golden';
import { GOLDEN_CLIPS } from './golden-clips';

const [korean, blog] = GOLDEN_CLIPS as [Clip, Clip, Clip];
let nextId = 1;

function highlight(clip: Clip, exact: string, color: HighlightColor, note = '', orphaned = false): Highlight {
  const text = normalizeText(clip.text);
  const start = text.indexOf(exact);
  if (start === -1) throw new Error(`"${exact}" not in clip ${clip.id}`);
  const id = nextId++;
  return { id, clipId: clip.id, color, note, orphaned, createdAt: Date.UTC(2024, 8, 1, 0, id), updatedAt: Date.UTC(2024, 8, 2), ...describeRange(text, start, start + exact.length) };
}

function lookup(): HighlightLookup {
  nextId = 1;
  const firstWords = normalizeText(korean.text).slice(0, 12);
  return new Map([
    [korean.id, [highlight(korean, firstWords, 'yellow', '첫 문장 — 중요'), highlight(korean, firstWords.slice(4, 7), 'pink', '', true)]],
    [blog.id, [highlight(blog, 'Intro', 'blue'), highlight(blog, 'Hello world', 'green', 'Greeting, with "quotes"\nand a second line.')]],
  ]);
}

describe('text fragment links', () => {
  it('encodes the quote as a text directive and drops the page fragment', () => {
    expect(textFragmentUrl('https://e.com/a?x=1#top', 'well-known, A&B')).toBe('https://e.com/a?x=1#:~:text=well%2Dknown%2C%20A%26B');
    expect(textFragmentUrl('https://e.com/', '성동구')).toBe(`https://e.com/#:~:text=${encodeURIComponent('성동구')}`);
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeNull();
    const long = textFragmentUrl('https://e.com/', `${'alpha '.repeat(20)}omega end`);
    expect(long).toMatch(/#:~:text=alpha(%20alpha)+,(alpha%20)+omega%20end$/);
  });
});

describe('highlights in exports (golden)', () => {
  it('adds a ## Highlights section to each clip file', () => {
    const highlights = lookup();
    expectGolden('highlights/clip-korean.md', clipMarkdownContent(korean, DEFAULT_EXPORT_TEMPLATE, { highlights, timeZone: 'Asia/Seoul' }));
    expectGolden('highlights/clip-blog.md', clipMarkdownContent(blog, DEFAULT_EXPORT_TEMPLATE, { highlights, timeZone: 'UTC' }));
    // Without highlights the file is exactly as before.
    expect(clipMarkdownContent(blog, DEFAULT_EXPORT_TEMPLATE, { timeZone: 'UTC' })).not.toContain('## Highlights');
  });

  it('marks highlights inline with the template option', () => {
    const highlights = lookup();
    const content = clipMarkdownContent(blog, { ...DEFAULT_EXPORT_TEMPLATE, highlightStyle: 'inline' }, { highlights, timeZone: 'UTC' });
    expectGolden('highlights/clip-blog-inline.md', content);
    // "Intro" is marked in place; "Hello world" is split by a link in the Markdown, so it keeps a section entry.
    expect(content).toContain('## ==Intro==');
    expect(content).toContain('## Highlights\n\n> Hello world');
    expect(content).not.toContain('> Intro');
    const placed = markInline('one two three two', [{ ...(highlights.get(blog.id)?.[0] as Highlight), quote: { type: 'TextQuoteSelector', exact: 'two', prefix: '', suffix: '' } }]);
    expect(placed).toEqual({ markdown: 'one ==two== three two', unplaced: [] });
  });

  it('exports highlights only, as Markdown and as W3C Web Annotations', () => {
    const highlights = lookup();
    expectGolden('highlights/highlights.md', highlightsToMarkdown(GOLDEN_CLIPS, highlights));
    const jsonld = highlightsToWebAnnotations(GOLDEN_CLIPS, highlights);
    expectGolden('highlights/annotations.jsonld', jsonld);
    const parsed = JSON.parse(jsonld) as { '@context': string; type: string; total: number; first: { items: Array<Record<string, unknown>> } };
    expect(parsed['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(parsed.type).toBe('AnnotationCollection');
    expect(parsed.total).toBe(4);
    const item = parsed.first.items[3] as { target: { source: string; selector: Array<{ type: string }> }; motivation: string };
    expect(item.target.source).toBe(blog.canonicalUrl);
    expect(item.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(item.motivation).toBe('commenting');
  });

  it('puts highlights and their notes in CSL-JSON note, and the section in the combined document', () => {
    const highlights = lookup();
    const items = clipsToCslItems(GOLDEN_CLIPS, { highlights });
    expect(items[1]?.note).toBe('“Intro”\n“Hello world” — Greeting, with "quotes"\nand a second line.');
    expect(items[2]?.note).toBeUndefined();
    expect(clipsToCslItems(GOLDEN_CLIPS)[1]?.note).toBeUndefined();
    const combined = clipsToCombinedMarkdown(GOLDEN_CLIPS, { highlights });
    expect(combined).toContain('#### Highlights\n\n> Intro');
  });
});
