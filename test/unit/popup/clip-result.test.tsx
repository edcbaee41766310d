import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ClipResult } from '../../../components/popup/ClipResult';
import type { Clip } from '../../../utils/db/clip';
import type { ClipCoverage } from '../../../utils/extract/types';

const clip: Clip = {
  id: 1, url: 'https://example.com/a', canonicalUrl: 'https://example.com/a', title: 'A story', byline: null, authors: [],
  published: null, modified: null, siteName: null, lang: 'en', excerpt: null, leadImage: null, keywords: [], html: '<p>x</p>',
  markdown: 'x', text: 'x', wordCount: 1, charCount: 1, confidence: 0.9, mode: 'article', clippedAt: 0, updatedAt: 0, tags: [], note: '',
};

function shown(coverage?: ClipCoverage): HTMLElement {
  const root = document.createElement('div');
  act(() => {
    render(<ClipResult outcome={coverage ? { ok: true, status: 'created', clip, coverage } : { ok: true, status: 'created', clip }} onFallback={() => {}} />, root);
  });
  return root;
}

describe('ClipResult coverage', () => {
  it('says when headings or paragraphs of the story were dropped, and offers the fallbacks', () => {
    const root = shown({ headings: 4, droppedHeadings: 1, paragraphs: 20, droppedParagraphs: 2, dek: true });
    const note = root.querySelector('[data-testid="clip-dropped"]');
    expect(note?.getAttribute('data-headings')).toBe('1');
    expect(note?.getAttribute('data-paragraphs')).toBe('2');
    expect(note?.textContent).not.toBe('');
    expect(root.querySelector('[data-testid="clip-whole-page"]')).not.toBeNull();
  });

  it('stays quiet when the whole story was kept or nothing was measured', () => {
    expect(shown({ headings: 4, droppedHeadings: 0, paragraphs: 20, droppedParagraphs: 0, dek: null }).querySelector('[data-testid="clip-dropped"]')).toBeNull();
    expect(shown().querySelector('[data-testid="clip-dropped"]')).toBeNull();
  });
});

describe('ClipResult images', () => {
  function withImages(images: { stored: number; skipped: number; quota: number }): HTMLElement {
    const root = document.createElement('div');
    act(() => {
      render(<ClipResult outcome={{ ok: true, status: 'created', clip, images }} onFallback={() => {}} />, root);
    });
    return root;
  }

  it('says when the storage quota left images out (the clip itself is saved)', () => {
    const root = withImages({ stored: 2, skipped: 3, quota: 3 });
    expect(root.querySelector('[data-testid="clip-result"]')?.getAttribute('data-status')).toBe('created');
    const alert = root.querySelector('[data-testid="clip-images-quota"]');
    expect(alert?.getAttribute('data-count')).toBe('3');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(root.querySelector('[data-testid="clip-images"]')).toBeNull();
  });

  it('counts the images saved, and says nothing when there were none', () => {
    expect(withImages({ stored: 4, skipped: 1, quota: 0 }).querySelector('[data-testid="clip-images"]')?.getAttribute('data-count')).toBe('4');
    const none = withImages({ stored: 0, skipped: 0, quota: 0 });
    expect(none.querySelector('[data-testid="clip-images"], [data-testid="clip-images-quota"]')).toBeNull();
  });
});
