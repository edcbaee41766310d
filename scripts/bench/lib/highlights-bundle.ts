// Entry for the highlight drawing benchmark's browser bundle: builds highlights over an article and
// times drawing them the way the reader does (parse the sanitized HTML, anchor, mark, serialize).
import { buildTextMap } from '../../../utils/highlights/text-map';
import { describeRange } from '../../../utils/highlights/describe-range';
import { drawHighlights, highlightHtml } from '../../../utils/highlights/draw-highlights';
import type { Highlight } from '../../../utils/highlights/types';

/** What the benchmark page can call. */
export interface HighlightBenchApi {
  /** Make `count` highlights spread over the article; returns their JSON. */
  make: (html: string, count: number, seed: number) => string;
  /** Milliseconds to draw the highlights into a copy of the article (the reader's path), and the marks drawn. */
  reader: (html: string, highlights: string) => { ms: number; drawn: number; orphaned: number };
  /** Milliseconds to draw them into a live, attached element (content-script style). */
  live: (html: string, highlights: string) => { ms: number; drawn: number };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const api: HighlightBenchApi = {
  make(html, count, seed) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const text = buildTextMap(template.content).text;
    const next = random(seed);
    const out: Highlight[] = [];
    const step = Math.floor(text.length / count);
    for (let i = 0; i < count; i++) {
      const start = i * step + Math.floor(next() * (step / 2));
      const end = Math.min(text.length, start + 10 + Math.floor(next() * 80));
      out.push({ id: i + 1, clipId: 1, color: 'yellow', note: '', orphaned: false, createdAt: 0, updatedAt: 0, ...describeRange(text, start, end) });
    }
    return JSON.stringify(out);
  },
  reader(html, highlights) {
    const list = JSON.parse(highlights) as Highlight[];
    const t0 = performance.now();
    const result = highlightHtml(document, html, list);
    const ms = performance.now() - t0;
    return { ms, drawn: result.drawn.length, orphaned: result.orphaned.length };
  },
  live(html, highlights) {
    const list = JSON.parse(highlights) as Highlight[];
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.replaceChildren(host);
    const t0 = performance.now();
    const result = drawHighlights(document, host, list);
    // Include the layout the marks cause, as a user would wait for it.
    void host.getBoundingClientRect().height;
    return { ms: performance.now() - t0, drawn: result.drawn.length };
  },
};

Reflect.set(globalThis, '__gleanerHighlightBench', api);
