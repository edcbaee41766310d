import { describe, expect, it } from 'vitest';
import { addToAncestors, deepestHolder } from '../../../utils/extract/paragraph-shares';
import { page } from './helpers';

describe('paragraph shares', () => {
  it('adds characters up the tree and finds the deepest element holding the share', () => {
    const doc = page('<div id="a"><div id="b"><p id="p1">x</p><p id="p2">y</p></div><p id="p3">z</p></div><p id="p4">w</p>');
    const byId = (id: string): Element => {
      const el = doc.getElementById(id);
      if (!el) throw new Error(`no #${id}`);
      return el;
    };
    const amounts = new Map<Element, number>();
    const sizes: Record<string, number> = { p1: 50, p2: 45, p3: 3, p4: 2 };
    for (const [id, n] of Object.entries(sizes)) addToAncestors(amounts, byId(id), doc.body, n);
    expect(amounts.get(byId('a'))).toBe(98);
    expect(amounts.get(byId('b'))).toBe(95);
    expect(amounts.has(doc.body)).toBe(false);
    expect(deepestHolder(doc.body, amounts, 100, 0.95).id).toBe('b');
    expect(deepestHolder(doc.body, amounts, 100, 0.97).id).toBe('a');
    expect(deepestHolder(doc.body, amounts, 100, 0.99)).toBe(doc.body);
  });
});
