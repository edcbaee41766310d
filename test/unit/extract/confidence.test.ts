import { describe, expect, it } from 'vitest';
import { computeConfidence, linkDensity, paragraphCount } from '../../../utils/extract/confidence';
import { page, paragraphs } from './helpers';

describe('confidence', () => {
  it('is high for a long, paragraph-rich, link-poor article and low for a link list', () => {
    const article = computeConfidence({ chars: 3000, paragraphs: 8, linkDensity: 0.05, coverage: 0.8, declaredArticle: true, hasTitle: true, dated: true, hasByline: true, cjk: false });
    const links = computeConfidence({ chars: 300, paragraphs: 0, linkDensity: 0.9, coverage: 0.1, declaredArticle: false, hasTitle: true, dated: false, hasByline: false, cjk: false });
    expect(article).toBeGreaterThan(0.9);
    expect(links).toBeLessThan(0.3);
  });

  it('counts CJK text by characters, so a short Korean story is not penalised', () => {
    const ko = computeConfidence({ chars: 700, paragraphs: 6, linkDensity: 0, coverage: 0.9, declaredArticle: false, hasTitle: true, dated: true, hasByline: true, cjk: true });
    expect(ko).toBeGreaterThan(0.75);
    const asLatin = computeConfidence({ chars: 700, paragraphs: 6, linkDensity: 0, coverage: 0.9, declaredArticle: false, hasTitle: true, dated: true, hasByline: true, cjk: false });
    expect(ko).toBeGreaterThan(asLatin);
  });

  it('stays below the popup threshold for clean text that is not an article', () => {
    const login = computeConfidence({ chars: 1500, paragraphs: 5, linkDensity: 0.1, coverage: 0.9, declaredArticle: false, hasTitle: true, dated: false, hasByline: false, cjk: false });
    expect(login).toBeLessThan(0.5);
  });

  it('measures link density and paragraphs', () => {
    const doc = page(`<div id="r">${paragraphs(3)}<p><a href="/x">a link of well over forty characters in length, really it is</a></p></div>`);
    const root = doc.getElementById('r');
    if (!root) throw new Error('no root');
    expect(paragraphCount(root)).toBe(4);
    expect(linkDensity(root)).toBeGreaterThan(0.05);
    expect(linkDensity(root)).toBeLessThan(0.2);
  });
});
