import type { Clip } from '../db/clip';
import type { Highlight } from '../highlights/types';
import type { HighlightLookup } from './highlights-markdown';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A W3C Web Annotation of one highlight (JSON-LD, the Web Annotation Data Model). */
export function highlightAnnotation(highlight: Highlight, clip: Clip): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (highlight.note.trim()) body.push({ type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting' });
  body.push({ type: 'TextualBody', value: highlight.color, purpose: 'tagging' });
  for (const tag of clip.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    '@context': CONTEXT,
    id: `urn:gleaner:highlight:${highlight.id}`,
    type: 'Annotation',
    motivation: highlight.note.trim() ? 'commenting' : 'highlighting',
    created: new Date(highlight.createdAt).toISOString(),
    modified: new Date(highlight.updatedAt).toISOString(),
    generator: { id: 'urn:gleaner', type: 'Software', name: 'Gleaner' },
    body,
    target: {
      source: clip.canonicalUrl || clip.url,
      // The selectors describe the article's text as clipped (whitespace collapsed), at this time.
      state: { type: 'TimeState', sourceDate: new Date(clip.updatedAt).toISOString() },
      selector: [highlight.quote, highlight.position],
    },
  };
}

/**
 * The highlights of clips as one W3C AnnotationCollection (JSON-LD) with a single page, the form
 * annotation servers and tools import. Orphaned highlights are included (their quote is still true).
 */
export function highlightsToWebAnnotations(clips: readonly Clip[], highlights: HighlightLookup, label = 'Gleaner highlights'): string {
  const items = clips.flatMap((clip) => (highlights.get(clip.id) ?? []).map((h) => highlightAnnotation(h, clip)));
  const collection = {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
