import { describe, expect, it } from 'vitest';
import { inheritedValue } from '../../utils/inherited-value';

describe('inheritedValue', () => {
  it('works a value down from the outermost ancestor, looking at each ancestor once', () => {
    const doc = new DOMParser().parseFromString('<main><nav><ul><li id="a">x</li><li id="b">y</li></ul></nav><p id="c">z</p></main>', 'text/html');
    const seen: string[] = [];
    const memo = new Map<Element, boolean>();
    const inNav = (el: Element): boolean =>
      inheritedValue(el, memo, false, (node, parent) => {
        seen.push(node.nodeName);
        return parent || node.nodeName === 'NAV';
      });
    const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id));
    if (!a || !b || !c) throw new Error('fixture');
    expect([inNav(a), inNav(b), inNav(c)]).toEqual([true, true, false]);
    expect(seen).toEqual(['HTML', 'BODY', 'MAIN', 'NAV', 'UL', 'LI', 'LI', 'P']);
  });

  it('stops below `stop`, which it does not look at', () => {
    const doc = new DOMParser().parseFromString('<nav><div><p id="p">x</p></div></nav>', 'text/html');
    const p = doc.getElementById('p');
    const nav = doc.querySelector('nav');
    if (!p || !nav) throw new Error('fixture');
    expect(inheritedValue(p, new Map<Element, boolean>(), false, (node, parent) => parent || node.nodeName === 'NAV', nav)).toBe(false);
  });
});
