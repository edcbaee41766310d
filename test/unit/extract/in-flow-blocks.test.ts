import { describe, expect, it } from 'vitest';
import { noteFlowBlocks, restoreFlowBlocks } from '../../../utils/extract/in-flow-blocks';
import { extractClip } from '../../../utils/extract/pipeline';
import type { Removal } from '../../../utils/extract/guard/removal-log';
import { loadPage, page } from './helpers';

const A = 'The council approved the new budget after a long debate on Tuesday evening, ending months of talks.';
const B = 'Residents said the changes, which take effect next year, were overdue and welcome in every district.';
const C = 'The mayor promised a review of the spending plan within six months of the vote, her office said.';

/** Notes the page's flow, then builds "Readability's article" from the paragraphs with the given texts (moved, as Readability does). */
function simulate(body: string, keep: string[], title = '') {
  const doc = page(body);
  const blocks = noteFlowBlocks(doc);
  const content = doc.createElement('div');
  for (const p of [...doc.querySelectorAll('p')]) if (keep.includes(p.textContent ?? '')) content.append(p);
  const log: Removal[] = [];
  const restored = restoreFlowBlocks(content, blocks, title, log);
  const order = [...content.children].map((el) => `${el.nodeName}:${(el.textContent ?? '').trim().slice(0, 12)}`);
  return { content, restored, order, log };
}

describe('in-flow blocks', () => {
  it('puts back a heading and a list dropped between two kept paragraphs, in place', () => {
    const { order, restored, log } = simulate(
      `<article><p>${A}</p><div class="section-extra"><h2>What changes</h2></div><ul><li>Bus fares fall</li><li>Libraries open later</li></ul><p>${B}</p><p>${C}</p></article>`,
      [A, B, C],
    );
    expect(restored).toBe(2);
    expect(order).toEqual(['P:The council ', 'H2:What changes', 'UL:Bus fares fa', 'P:Residents sa', 'P:The mayor pr']);
    expect(log).toContainEqual({ rule: 'readability', tag: 'h2', text: 'What changes', keptBy: 'in-flow' });
  });

  it('puts back a short paragraph with a link that sat in its own container', () => {
    const { order } = simulate(`<div><p>${A}</p></div><div class="card"><p>It was announced in <a href="/x">the journal</a> on Monday.</p></div><div><p>${B}</p></div>`, [A, B]);
    expect(order).toEqual(['P:The council ', 'P:It was annou', 'P:Residents sa']);
  });

  it('leaves out link lists, the heading over them, labels and controls', () => {
    const { order, restored } = simulate(
      `<p>${A}</p><h3>More stories</h3><ul><li><a href="/1">One story</a></li><li><a href="/2">Another story</a></li></ul><p>${B}</p><p>ADVERTISEMENT</p><p>${C}</p>`,
      [A, B, C],
    );
    expect(restored).toBe(0);
    expect(order).toEqual(['P:The council ', 'P:Residents sa', 'P:The mayor pr']);
  });

  it('leaves out blocks of a box with its own links or buttons (a teaser card, a newsletter promo)', () => {
    const { restored } = simulate(
      `<p>${A}</p><div class="card"><a href="/other"><img src="/t.jpg"></a><p>Another story told in one line, with its own picture.</p></div>` +
        `<p>${B}</p><div class="promo"><p>Get the morning briefing in your inbox every day.</p><a href="/nl">Subscribe</a></div><p>${C}</p>`,
      [A, B, C],
    );
    expect(restored).toBe(0);
  });

  it('does not restore what lies outside the kept run, nor what the clip already holds', () => {
    const { restored } = simulate(`<p>${A}</p><p>${B}</p><blockquote>x</blockquote><p class="pull">${B}</p><p>${C}</p><h2>About the author</h2><p>She writes about cities and their budgets.</p>`, [A, B, C]);
    expect(restored).toBe(0);
  });

  it('does not restore a gap unless the kept paragraphs on both sides stay in page order', () => {
    const doc = page(`<p>${A}</p><h2>Between</h2><p>${B}</p>`);
    const blocks = noteFlowBlocks(doc);
    const content = doc.createElement('div');
    const [a, , b] = [...doc.body.children];
    if (a && b) content.append(b, a);
    expect(restoreFlowBlocks(content, blocks)).toBe(0);
  });

  it('puts back a section run above the first kept paragraph only when it ends with that paragraph’s heading', () => {
    const fact = simulate(`<div class="claim"><h3>Claim</h3><p>The ambassador is worth millions.</p></div><div class="origin"><h3>Origin</h3><p>${A}</p></div><p>${B}</p>`, [A, B]);
    expect(fact.order).toEqual(['H3:Claim', 'P:The ambassad', 'H3:Origin', 'P:The council ', 'P:Residents sa']);
    const lead = simulate(`<p>Updated on Monday, with a note from the editors.</p><p>${A}</p><p>${B}</p>`, [A, B]);
    expect(lead.restored).toBe(0);
  });

  it('never puts back the headline', () => {
    const { restored } = simulate(`<h2>Budget passes after long debate</h2><p>${A}</p><p>${B}</p>`, [A, B], 'Budget passes after long debate | The Daily');
    expect(restored).toBe(0);
  });

  it('keeps a section heading Readability drops for its wrapper’s class (end to end)', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: ${A} ${B}</p>`);
    const html = `<!doctype html><html lang="en"><head><title>Budget</title></head><body><main><article><h1>Budget</h1>
      ${body.slice(0, 3).join('')}<div class="extra-notes"><h2>Where the money goes</h2></div>${body.slice(3).join('')}</article></main></body></html>`;
    const { doc, window } = loadPage(html);
    const clip = extractClip(doc, { url: 'https://example.com/news/1', window });
    expect(clip.text).toContain('Where the money goes');
    expect(clip.text.indexOf('Where the money goes')).toBeGreaterThan(clip.text.indexOf('Paragraph 3'));
    expect(clip.text.indexOf('Where the money goes')).toBeLessThan(clip.text.indexOf('Paragraph 4'));
  });
});
