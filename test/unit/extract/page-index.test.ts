import { describe, expect, it } from 'vitest';
import { indexPage } from '../../../utils/extract/page-index';
import { scanDocument } from '../../../utils/extract/pre-clean/scan-context';
import { page } from './helpers';

describe('page index and scan context', () => {
  it('indexes named elements once and answers class/id queries', () => {
    const doc = page('<div class="Article-Title">T</div><p id="byline">B</p><span>x</span>');
    const index = indexPage(doc);
    expect(index.named.map((n) => n.el.nodeName)).toEqual(['DIV', 'P']);
    expect(index.byClass(/title/)).toHaveLength(1);
    expect(index.byName(/byline/)).toHaveLength(1);
    expect(index.textNodes().map((t) => t.nodeValue).join('')).toContain('TBx');
  });

  it('matches class patterns in any case and finds itemprop tokens', () => {
    const doc = page('<h2 class="ArticleTitle">T</h2><span itemprop="Author name">A</span><time itemprop="datePublished">D</time>');
    const index = indexPage(doc);
    expect(index.byClass(/articletitle/)).toHaveLength(1);
    expect(index.itemprop('author').map((el) => el.nodeName)).toEqual(['SPAN']);
    expect(index.itemprop('datepublished').map((el) => el.nodeName)).toEqual(['TIME']);
    expect(index.itemprop('headline')).toEqual([]);
  });

  it('keeps text sizes current when rules remove elements', () => {
    const doc = page('<div id="a"><p>12345</p><div id="b">67890</div></div>');
    const ctx = scanDocument(doc);
    const a = doc.getElementById('a');
    const b = doc.getElementById('b');
    if (!a || !b) throw new Error('missing');
    expect(ctx.textLength(a)).toBe(10);
    expect(ctx.paragraphChars(a)).toBe(5);
    ctx.remove(b);
    expect(ctx.attached(b)).toBe(false);
    expect(ctx.textLength(a)).toBe(5);
    expect(ctx.names(doc.createElement('div'))).toBe('');
  });
});
